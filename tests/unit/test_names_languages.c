/* test_names_languages.c — the name finder in the languages it reads besides English.
 *
 * Sentences in nb/nn, sv, da, de, fr and es with no person in them (a function word, a
 * question word, a modal verb or a greeting at the start, git-log dates, cities, brands
 * named after people) must keep every word; names after a cue ("Herr", "Monsieur", "jeg
 * heter", "me llamo", …) must still be found. Written for lethe, not taken from a corpus. */
#include "tests/unit/unit.h"

#include "scrub/names.h"

enum { MAX_FOUND = 16 };

struct sentence {
    const char *language;
    const char *text;
};

struct named {
    const char *language;
    const char *text;
    const char *name;            /* must lie inside one PERSON span */
};

static const struct sentence no_names[] = {
    /* Norwegian, Bokmål and Nynorsk */
    { "nb", "Kan du hjelpe meg med denne feilen?" },
    { "nb", "Kan du forklare hva denne koden gjør?" },
    { "nb", "Kunne du sett på loggen fra i går?" },
    { "nb", "Hvordan setter jeg opp Docker på Windows?" },
    { "nb", "Hvorfor feiler bygget når jeg kjører testene?" },
    { "nb", "Hva betyr denne feilmeldingen egentlig?" },
    { "nb", "Hvem har ansvaret for databasen nå?" },
    { "nb", "Skal vi flytte møtet til neste uke?" },
    { "nb", "Vil du at jeg sender deg filen?" },
    { "nb", "Må jeg starte tjenesten på nytt etterpå?" },
    { "nb", "Det fungerer ikke etter oppdateringen." },
    { "nb", "Jeg prøvde igjen, men det hjalp ikke." },
    { "nb", "Vi har samme problem i Bergen og Bodø." },
    { "nb", "Her er konfigurasjonen vår." },
    { "nb", "Nå kjører alt som det skal." },
    { "nb", "Også etter omstart kommer feilen tilbake." },
    { "nb", "Men serveren svarer fortsatt ikke." },
    { "nb", "Hei, takk for raskt svar!" },
    { "nb", "Takk for hjelpen i dag." },
    { "nb", "Mvh, supportteamet" },
    { "nb", "Med vennlig hilsen\nDriftsavdelingen" },
    { "nb", "Kjøp billetter til Tromsø før fredag." },
    { "nb", "Date:   Thu Jun 27 14:02:11 2024 +0200" },
    { "nb", "Møtet er på mandag 3. juni i Stavanger." },
    { "nb", "Kva skjer om eg køyrer skriptet no?" },
    { "nb", "Korleis kan eg endre passordet?" },
    { "nb", "Eg forstår ikkje kvifor det feilar." },
    { "nb", "Hvis du har tid, se på dette i morgen." },
    /* Swedish */
    { "sv", "Kan du hjälpa mig med det här felet?" },
    { "sv", "Kan vi ses på torsdag istället?" },
    { "sv", "Hur installerar jag paketet på Linux?" },
    { "sv", "Varför fungerar inte inloggningen?" },
    { "sv", "Vad betyder det här felmeddelandet?" },
    { "sv", "Vem ansvarar för servern i Göteborg?" },
    { "sv", "När släpps nästa version?" },
    { "sv", "Vilken databas ska vi välja?" },
    { "sv", "Skulle du kunna granska koden?" },
    { "sv", "Måste jag starta om datorn?" },
    { "sv", "Jag har samma problem som igår." },
    { "sv", "Vi använder Kubernetes i produktion." },
    { "sv", "Det blev fel när jag körde skriptet." },
    { "sv", "Men det fungerar bra på min dator." },
    { "sv", "Nu kör allt som det ska." },
    { "sv", "Här är loggen från i morse." },
    { "sv", "Också efter omstart kvarstår felet." },
    { "sv", "Hej, tack för svaret!" },
    { "sv", "Tack så mycket för hjälpen." },
    { "sv", "Vänliga hälsningar, supporten" },
    { "sv", "Med vänlig hälsning\nIT-avdelningen" },
    { "sv", "Mötet är i Malmö på måndag." },
    { "sv", "Date:   Fri Mar 8 09:15:00 2024 +0100" },
    { "sv", "Om du har tid kan du titta på det." },
    { "sv", "Eftersom cachen är full går det långsamt." },
    { "sv", "Kanske borde vi byta leverantör." },
    /* Danish */
    { "da", "Kan du hjælpe mig med denne fejl?" },
    { "da", "Hvordan opsætter jeg serveren?" },
    { "da", "Hvorfor virker login ikke længere?" },
    { "da", "Hvad betyder denne fejlbesked?" },
    { "da", "Hvem har adgang til databasen?" },
    { "da", "Hvornår kommer næste version?" },
    { "da", "Skal vi flytte mødet til fredag?" },
    { "da", "Vil du sende mig filen igen?" },
    { "da", "Må jeg genstarte tjenesten?" },
    { "da", "Jeg har prøvet igen uden held." },
    { "da", "Vi har det samme problem i Aarhus." },
    { "da", "Det virker ikke efter opdateringen." },
    { "da", "Men serveren svarer stadig ikke." },
    { "da", "Nu kører alt igen." },
    { "da", "Her er konfigurationen." },
    { "da", "Også efter genstart kommer fejlen igen." },
    { "da", "Hej, tak for hurtigt svar!" },
    { "da", "Tak for hjælpen i dag." },
    { "da", "Med venlig hilsen\nDriften" },
    { "da", "Mvh, supporten" },
    { "da", "Mødet er i København på mandag." },
    { "da", "Date:   Mon Jan 15 10:00:00 2024 +0100" },
    { "da", "Hvis du har tid, så kig på det." },
    { "da", "Når bygget fejler, skal du se loggen." },
    { "da", "Hvilken version bruger I?" },
    /* German */
    { "de", "Kannst du mir bei diesem Fehler helfen?" },
    { "de", "Können Sie das bitte prüfen?" },
    { "de", "Wie installiere ich das Paket unter Linux?" },
    { "de", "Warum schlägt der Build fehl?" },
    { "de", "Was bedeutet diese Fehlermeldung?" },
    { "de", "Wer ist für den Server zuständig?" },
    { "de", "Wann kommt die nächste Version?" },
    { "de", "Welche Datenbank sollen wir nehmen?" },
    { "de", "Sollten wir das Treffen verschieben?" },
    { "de", "Muss ich den Dienst neu starten?" },
    { "de", "Ich habe das gleiche Problem wie gestern." },
    { "de", "Wir nutzen Kubernetes in der Produktion." },
    { "de", "Das funktioniert leider nicht mehr." },
    { "de", "Aber der Server antwortet immer noch nicht." },
    { "de", "Jetzt läuft alles wieder." },
    { "de", "Hier ist die Konfiguration." },
    { "de", "Auch nach dem Neustart bleibt der Fehler." },
    { "de", "Hallo, danke für die schnelle Antwort!" },
    { "de", "Vielen Dank für die Hilfe." },
    { "de", "Mit freundlichen Grüßen\nIhr Support-Team" },
    { "de", "Viele Grüße, das Team" },
    { "de", "Das Treffen ist am Montag in München." },
    { "de", "Date:   Tue Oct 1 08:30:00 2024 +0200" },
    { "de", "Wenn du Zeit hast, schau es dir an." },
    { "de", "Vielleicht sollten wir den Anbieter wechseln." },
    { "de", "Bitte schick mir die Logdatei." },
    /* French */
    { "fr", "Pouvez-vous m'aider avec cette erreur ?" },
    { "fr", "Peux-tu regarder ce problème ?" },
    { "fr", "Comment installer le paquet sous Linux ?" },
    { "fr", "Pourquoi la compilation échoue-t-elle ?" },
    { "fr", "Que signifie ce message d'erreur ?" },
    { "fr", "Qui est responsable du serveur ?" },
    { "fr", "Quand sort la prochaine version ?" },
    { "fr", "Quelle base de données choisir ?" },
    { "fr", "Est-ce que je dois redémarrer le service ?" },
    { "fr", "Je rencontre le même problème qu'hier." },
    { "fr", "Nous utilisons Kubernetes en production." },
    { "fr", "Il ne fonctionne plus depuis la mise à jour." },
    { "fr", "Mais le serveur ne répond toujours pas." },
    { "fr", "Maintenant tout fonctionne." },
    { "fr", "Voici la configuration." },
    { "fr", "Ensuite le test passe." },
    { "fr", "Bonjour, merci pour la réponse rapide !" },
    { "fr", "Merci beaucoup pour votre aide." },
    { "fr", "Cordialement,\nL'équipe support" },
    { "fr", "Bien cordialement, le service client" },
    { "fr", "La réunion a lieu à Lyon lundi." },
    { "fr", "Date:   Wed Feb 14 16:45:12 2024 +0100" },
    { "fr", "Si vous avez le temps, regardez les logs." },
    { "fr", "Alors on change de fournisseur ?" },
    { "fr", "Elle ne démarre plus après la mise à jour." },
    { "fr", "Nous avons acheté un sac Louis Vuitton." },
    /* Spanish */
    { "es", "¿Puedes ayudarme con este error?" },
    { "es", "Puedes revisar el código, por favor?" },
    { "es", "Cómo instalo el paquete en Linux?" },
    { "es", "Por qué falla la compilación?" },
    { "es", "Qué significa este mensaje de error?" },
    { "es", "Quién es responsable del servidor?" },
    { "es", "Cuándo sale la próxima versión?" },
    { "es", "Cuál base de datos elegimos?" },
    { "es", "Podrías reiniciar el servicio?" },
    { "es", "Tengo el mismo problema que ayer." },
    { "es", "Usamos Kubernetes en producción." },
    { "es", "No funciona desde la actualización." },
    { "es", "Pero el servidor sigue sin responder." },
    { "es", "Ahora todo funciona bien." },
    { "es", "Aquí está la configuración." },
    { "es", "Luego el test pasa." },
    { "es", "Hola, gracias por la respuesta rápida." },
    { "es", "Muchas gracias por tu ayuda." },
    { "es", "Saludos cordiales,\nEl equipo de soporte" },
    { "es", "Un saludo, el equipo" },
    { "es", "La reunión es en Madrid el lunes." },
    { "es", "Date:   Sat Apr 20 11:11:11 2024 +0200" },
    { "es", "Si tienes tiempo, mira los logs." },
    { "es", "Entonces cambiamos de proveedor." },
    { "es", "Compré un perfume de Dolce & Gabbana en Nairobi." },
    { "es", "Mañana viajo a Riyadh por trabajo." },
};

static const struct named names_after_cues[] = {
    { "nb", "Jeg heter Dag og jobber med drift.", "Dag" },
    { "nb", "Kjære Kari, takk for sist.", "Kari" },
    { "nb", "Spør Herr Kan om tilgangen.", "Kan" },
    { "nb", "Mitt navn er Hans Olsen.", "Hans Olsen" },
    { "nb", "Hilsen, Ingrid Nilsen", "Ingrid Nilsen" },
    { "sv", "Jag heter Dag och jobbar på IT.", "Dag" },
    { "sv", "Hej Anders, kan du titta på det?", "Anders" },
    { "sv", "Mitt namn är Tage Lindqvist.", "Tage Lindqvist" },
    { "sv", "Med vänliga hälsningar, Karin Berg", "Karin Berg" },
    { "da", "Jeg hedder Hans og arbejder her.", "Hans" },
    { "da", "Kære Mette, tak for hjælpen.", "Mette" },
    { "da", "Mit navn er Anders Jensen.", "Anders Jensen" },
    { "de", "Ich heiße Ernst und arbeite im Support.", "Ernst" },
    { "de", "Bitte fragen Sie Herrn Weber.", "Weber" },
    { "de", "Frau Schmidt hat angerufen.", "Schmidt" },
    { "de", "Liebe Anna, danke für die Hilfe.", "Anna" },
    { "de", "Mein Name ist Hans Müller.", "Hans Müller" },
    { "fr", "Je m'appelle Elle et je suis développeuse.", "Elle" },
    { "fr", "Monsieur Dupont a appelé ce matin.", "Dupont" },
    { "fr", "Madame Lefèvre attend une réponse.", "Lefèvre" },
    { "fr", "Cordialement, Marie Lambert", "Marie Lambert" },
    { "fr", "Mon nom est Jean Dupuis.", "Jean Dupuis" },
    { "es", "Me llamo Dan y trabajo en soporte.", "Dan" },
    { "es", "El Señor Gómez llamó ayer.", "Gómez" },
    { "es", "Estimada Lucía, gracias por todo.", "Lucía" },
    { "es", "Mi nombre es Ana Torres.", "Ana Torres" },
    { "es", "Saludos, Carmen Ruiz", "Carmen Ruiz" },
};

static const struct entity_type person = { .name = "PERSON" };
static struct name_table table;

static int build_table(void **state)
{
    (void)state;
    return name_table_init(&table, scrub_names_data, scrub_names_data_size) ? 0 : -1;
}

static int release_table(void **state)
{
    (void)state;
    name_table_release(&table);
    return 0;
}

static size_t find(const char *text, struct candidate *found)
{
    return names_find(&table, &person, text, strlen(text), found, MAX_FOUND);
}

/* Every sentence without a person keeps every word; the count per language is printed so
 * a run shows where the finder still errs. */
static void test_function_words_are_no_names(void **state)
{
    (void)state;
    const char *languages[] = { "nb", "sv", "da", "de", "fr", "es" };
    size_t masked_total = 0;
    for (size_t l = 0; l < sizeof languages / sizeof languages[0]; l++) {
        size_t sentences = 0, masked = 0;
        for (size_t i = 0; i < sizeof no_names / sizeof no_names[0]; i++) {
            if (strcmp(no_names[i].language, languages[l]) != 0) {
                continue;
            }
            struct candidate found[MAX_FOUND];
            size_t count = find(no_names[i].text, found);
            sentences++;
            if (count > 0) {
                masked++;
                print_message("# %s masked \"%.*s\" in: %s\n", languages[l], (int)(found[0].end - found[0].start),
                              no_names[i].text + found[0].start, no_names[i].text);
            }
        }
        print_message("# %s: %zu of %zu sentences without a person had a word masked\n", languages[l], masked,
                      sentences);
        assert_true(sentences >= 25);
        masked_total += masked;
    }
    assert_int_equal(masked_total, 0);
}

/* A real name that is a function word elsewhere (Per, Dag, Hans, Elle, Dan) is still found
 * after a title, a naming phrase, a greeting or a sign-off. */
static void test_names_after_cues_are_found(void **state)
{
    (void)state;
    size_t missed = 0;
    for (size_t i = 0; i < sizeof names_after_cues / sizeof names_after_cues[0]; i++) {
        const struct named *sample = &names_after_cues[i];
        const char *at = strstr(sample->text, sample->name);
        assert_non_null(at);
        size_t start = (size_t)(at - sample->text), end = start + strlen(sample->name);
        struct candidate found[MAX_FOUND];
        size_t count = find(sample->text, found);
        bool covered = false;
        for (size_t j = 0; j < count; j++) {
            covered = covered || (found[j].start <= start && found[j].end >= end);
        }
        if (!covered) {
            missed++;
            print_message("# %s missed \"%s\" in: %s\n", sample->language, sample->name, sample->text);
        }
    }
    assert_int_equal(missed, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_function_words_are_no_names),
        cmocka_unit_test(test_names_after_cues_are_found),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
