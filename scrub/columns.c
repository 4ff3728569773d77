#include "scrub/columns.h"

#include "scrub/birth_dates.h"
#include "scrub/markup_tags.h"
#include "scrub/secret_keys.h"
#include "scrub/validators.h"
#include "scrub/word_index.h"
#include "transforms/foundation/ascii.h"
#include "transforms/foundation/caseless.h"
#include "transforms/foundation/latin1_fold.h"

#include <ctype.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <hs/hs.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Bytes read, counted when tests/unit/test_pattern_work.c compiles this file with
 * scrub/patterns.c and its counter (LETHE_PATTERN_WORK): the work per scan must stay linear
 * in the text whatever it holds. */
#ifndef COUNT_WORK
#define COUNT_WORK(bytes) ((void)sizeof(bytes))
#endif

enum {
    MAX_WORD = 48,          /* bytes of one key, label word or header cell */
    MAX_LABEL_WORDS = 3,    /* words after a cue word that still belong to its label */
    MAX_GAP = 30,           /* bytes from a cue word to its value in prose */
    MAX_VALUE = 40,         /* bytes of a value */
    MAX_LINE = 1024,        /* bytes of a table's header line */
    MAX_COLUMNS = 64,
    NAME_SLOTS = 1024,      /* the name dictionary's hash slots: a power of two, twice the names */
    LABEL_CACHE_SLOTS = 16, /* labels remembered in one scan: a power of two */
    MAX_LINE_PREFIX = 80,   /* bytes of a chat sender before a value on the next line */
    MAX_SQL_CELL = 256,     /* bytes of one cell of a SQL tuple */
    MAX_PADDING = 64,       /* blanks a record pads a label with to its value's column */
};

/* ---- what each kind is ---- */

enum value_shape {
    SHAPE_DIGITS,           /* digits and the separators numbers are written with */
    SHAPE_ALNUM,            /* letters and digits in groups (IBAN, NINO) */
    SHAPE_DATE,
};

/* A phone under a phone key or cue: any national length, or E.164; its groups may be split
 * by typographic spaces, en dashes or middle dots (phone_with_ascii_separators). */
static bool phone_named_valid(const char *text, size_t len)
{
    char spaced[PHONE_TEXT_MAX];
    size_t spaced_len = phone_with_ascii_separators(text, len, spaced);
    if (spaced_len > 0) {
        return phone_named_valid(spaced, spaced_len);
    }
    return phone_e164_valid(text, len) || phone_after_cue_valid(text, len);
}

/* phone_national_shape_valid (after a weak cue) and phone_national_valid, typographic spaces,
 * en dashes and middle dots read as ASCII too. */
static bool phone_weak_cue_valid(const char *text, size_t len)
{
    char spaced[PHONE_TEXT_MAX];
    size_t spaced_len = phone_with_ascii_separators(text, len, spaced);
    return spaced_len > 0 ? phone_national_shape_valid(spaced, spaced_len) : phone_national_shape_valid(text, len);
}

static bool phone_national_spaced_valid(const char *text, size_t len)
{
    char spaced[PHONE_TEXT_MAX];
    size_t spaced_len = phone_with_ascii_separators(text, len, spaced);
    return spaced_len > 0 ? phone_national_valid(spaced, spaced_len) : phone_national_valid(text, len);
}

static const struct {
    const char *type_name;
    bool (*valid)(const char *text, size_t len);
    enum value_shape shape;
} kinds[CUE_KIND_COUNT] = {
    [CUE_PHONE] = { "PHONE", phone_named_valid, SHAPE_DIGITS },
    [CUE_SSN] = { "SSN_US", ssn_us_valid, SHAPE_DIGITS },
    [CUE_SIN] = { "SIN_CA", sin_ca_valid, SHAPE_DIGITS },
    [CUE_NO_FNR] = { "NO_FNR", no_fnr_valid, SHAPE_DIGITS },
    [CUE_SE_PERSONNUMMER] = { "SE_PERSONNUMMER", se_personnummer_valid, SHAPE_DIGITS },
    [CUE_TAX_ID] = { "DE_TAX_ID", de_tax_id_valid, SHAPE_DIGITS },
    [CUE_DATE_OF_BIRTH] = { "DATE_OF_BIRTH", date_of_birth_valid, SHAPE_DATE },
    [CUE_IBAN] = { "IBAN", iban_valid, SHAPE_ALNUM },
    [CUE_ROUTING] = { "US_ABA_ROUTING", aba_routing_valid, SHAPE_DIGITS },
    [CUE_NINO] = { "UK_NINO", uk_nino_valid, SHAPE_ALNUM },
};

#define KIND(kind) (1u << (kind))
/* A name that is a cue only in prose ("call", "ring"): as a key or column it says nothing. */
#define PROSE_ONLY (1u << 14)
/* A weak cue ("number", "contact", "text me"): only a phone's national shape follows it,
 * unless a possessive comes before it ("my number is …"). */
#define WEAK (1u << 15)
/* A name that is a cue only as a label, key or column ("Direct: …", "Office: …"): in prose
 * it says nothing ("direct deposit", "the office"). */
#define LABEL_ONLY (1u << 13)
#define KIND_BITS (LABEL_ONLY - 1)
/* Whose value it is follows the cue ("Geburtsdatum von Jörg-Peter Lütkemeyer: …",
 * "Fødselsdato til Kari Nordmann: …"): the value may stand past the owner's name, after
 * a colon, twice the gap away. */
#define OWNED (1u << 16)
/* "ID-Nr.", "id_nr": a national id number of any country whose check digits it passes. */
#define ID_NUMBER_KINDS (KIND(CUE_TAX_ID) | KIND(CUE_NO_FNR) | KIND(CUE_SE_PERSONNUMMER))

/* Names of a type, as a key, label or column says them: lowercase, separators removed
 * ("date_of_birth", "Date of birth" and "dateOfBirth" are all "dateofbirth"). A name is
 * looked up by its last words, so "customer_phone" is a phone and "phone_verified" not. */
static const struct {
    const char *name;
    unsigned kinds;
} type_names[] = {
    { "phone", KIND(CUE_PHONE) }, { "telephone", KIND(CUE_PHONE) }, { "t\xc3\xa9l\xc3\xa9phone", KIND(CUE_PHONE) },
    { "mobile", KIND(CUE_PHONE) }, { "mobil", KIND(CUE_PHONE) }, { "mob", KIND(CUE_PHONE) },
    { "mobilephone", KIND(CUE_PHONE) }, { "mobiltelefon", KIND(CUE_PHONE) }, { "cellphone", KIND(CUE_PHONE) },
    { "cell", KIND(CUE_PHONE) }, { "tel", KIND(CUE_PHONE) }, { "tlf", KIND(CUE_PHONE) },
    { "telefon", KIND(CUE_PHONE) }, { "telefonnummer", KIND(CUE_PHONE) }, { "telefonnummeret", KIND(CUE_PHONE) },
    { "mobilnummer", KIND(CUE_PHONE) }, { "mobilnummeret", KIND(CUE_PHONE) }, { "handy", KIND(CUE_PHONE) },
    { "handynummer", KIND(CUE_PHONE) }, { "telefono", KIND(CUE_PHONE) }, { "tel\xc3\xa9" "fono", KIND(CUE_PHONE) },
    { "movil", KIND(CUE_PHONE) }, { "m\xc3\xb3vil", KIND(CUE_PHONE) }, { "celular", KIND(CUE_PHONE) },
    { "portable", KIND(CUE_PHONE) }, { "joignable", KIND(CUE_PHONE) }, { "fax", KIND(CUE_PHONE) },
    { "whatsapp", KIND(CUE_PHONE) }, { "msisdn", KIND(CUE_PHONE) }, { "phonenumber", KIND(CUE_PHONE) },
    { "telefonnumret", KIND(CUE_PHONE) }, { "mobilnumret", KIND(CUE_PHONE) }, { "phones", KIND(CUE_PHONE) },
    { "telephones", KIND(CUE_PHONE) }, { "mobiles", KIND(CUE_PHONE) },
    /* The Nordic definite forms: "og mobilen 511.54.425", "telefonen". */
    { "mobilen", KIND(CUE_PHONE) }, { "telefonen", KIND(CUE_PHONE) }, { "mobiltelefonen", KIND(CUE_PHONE) },
    /* Signature and contact-card labels: "Direct: …", "Office: …", "Landline …". */
    { "direct", KIND(CUE_PHONE) | LABEL_ONLY }, { "directline", KIND(CUE_PHONE) },
    { "office", KIND(CUE_PHONE) | LABEL_ONLY }, { "officephone", KIND(CUE_PHONE) }, { "landline", KIND(CUE_PHONE) },
    { "switchboard", KIND(CUE_PHONE) },
    /* ... and in the other languages, labels only ("Direkte: …", "Direkt: …", "Sentralbord: …",
     * "Växel: …", "Zentrale: …", "Centralita: …"; in prose "direkt" is an adverb): census round 3. */
    { "direkt", KIND(CUE_PHONE) | LABEL_ONLY }, { "direkte", KIND(CUE_PHONE) | LABEL_ONLY },
    { "sentralbord", KIND(CUE_PHONE) | LABEL_ONLY }, { "v\xc3\xa4xel", KIND(CUE_PHONE) | LABEL_ONLY },
    { "vaxel", KIND(CUE_PHONE) | LABEL_ONLY }, { "zentrale", KIND(CUE_PHONE) | LABEL_ONLY },
    { "centralita", KIND(CUE_PHONE) | LABEL_ONLY }, { "fixe", KIND(CUE_PHONE) | LABEL_ONLY },
    { "cel", KIND(CUE_PHONE) },       /* Spanish's "Cel.", "Cel:" (celular) beside "Tel." */
    { ("escr\xc3\xad" "beme"), KIND(CUE_PHONE) | PROSE_ONLY }, { "escribeme", KIND(CUE_PHONE) | PROSE_ONLY },
    /* Abbreviations and lines (issue 15, dev7 round): "Telefonnr.:", "Jobbmobil:", "Tfno.:", "Telf.", "ph.",
     * "Hotline:", "Helpline", "Signal: …" (the messenger, as a label); "treffes på", "escribir al" in prose;
     * "Kontakt" as weak as "contact". */
    { "telefonnr", KIND(CUE_PHONE) }, { "jobbmobil", KIND(CUE_PHONE) }, { "tfno", KIND(CUE_PHONE) },
    { "telf", KIND(CUE_PHONE) }, { "ph", KIND(CUE_PHONE) }, { "hotline", KIND(CUE_PHONE) },
    { "helpline", KIND(CUE_PHONE) }, { "signal", KIND(CUE_PHONE) | LABEL_ONLY },
    /* Where a contact card's line rings, in the six languages, as a label only ("Home: …",
     * "jobb: 92344529", "Privat: …", "Büro: …", "Domicile : …", "Trabajo: …"): beside "Office:"
     * and the signature letters H and W; in prose the words say nothing ("work from home").
     * Sweden's "tfn" (telefon) beside Norway's "tlf" (issue 15, census round 2). */
    { "home", KIND(CUE_PHONE) | LABEL_ONLY }, { "work", KIND(CUE_PHONE) | LABEL_ONLY },
    { "private", KIND(CUE_PHONE) | LABEL_ONLY }, { "privat", KIND(CUE_PHONE) | LABEL_ONLY },
    { "hjem", KIND(CUE_PHONE) | LABEL_ONLY }, { "jobb", KIND(CUE_PHONE) | LABEL_ONLY },
    { "arbeid", KIND(CUE_PHONE) | LABEL_ONLY }, { "hem", KIND(CUE_PHONE) | LABEL_ONLY },
    { "arbete", KIND(CUE_PHONE) | LABEL_ONLY }, { "b\xc3\xbcro", KIND(CUE_PHONE) | LABEL_ONLY },
    { "dienstlich", KIND(CUE_PHONE) | LABEL_ONLY },
    { "gesch\xc3\xa4" "ftlich", KIND(CUE_PHONE) | LABEL_ONLY }, { "domicile", KIND(CUE_PHONE) | LABEL_ONLY },
    { "bureau", KIND(CUE_PHONE) | LABEL_ONLY }, { "travail", KIND(CUE_PHONE) | LABEL_ONLY },
    { "casa", KIND(CUE_PHONE) | LABEL_ONLY }, { "trabajo", KIND(CUE_PHONE) | LABEL_ONLY },
    { "oficina", KIND(CUE_PHONE) | LABEL_ONLY }, { "domicilio", KIND(CUE_PHONE) | LABEL_ONLY },
    { "tfn", KIND(CUE_PHONE) },
    /* The one to call in an emergency, a form's next of kin, in the six languages: "Emergency
     * contact: …", "Pårørende: …", "Anhörig: …", "Notfallkontakt: …", "Contacto de emergencia:
     * …", "Contact d'urgence : …" (and "Personne à prévenir", "prévenir" below); the bare
     * word a label only ("Emergency: …"), in prose it says nothing ("emergency room"). */
    { "emergencycontact", KIND(CUE_PHONE) }, { "emergency", KIND(CUE_PHONE) | LABEL_ONLY },
    { "emergencia", KIND(CUE_PHONE) | LABEL_ONLY }, { "urgence", KIND(CUE_PHONE) | LABEL_ONLY },
    { "p\xc3\xa5r\xc3\xb8rende", KIND(CUE_PHONE) }, { "parorende", KIND(CUE_PHONE) },
    { "anh\xc3\xb6rig", KIND(CUE_PHONE) }, { "anhorig", KIND(CUE_PHONE) }, { "notfallkontakt", KIND(CUE_PHONE) },
    { "treffes", KIND(CUE_PHONE) | PROSE_ONLY }, { "escribir", KIND(CUE_PHONE) | PROSE_ONLY },
    { "escribirme", KIND(CUE_PHONE) | PROSE_ONLY }, { "kontakt", KIND(CUE_PHONE) | WEAK },
    /* "to contact" as a verb asks for a call as "appeler" and "joindre" do (issue 15, census
     * round): "Contactez Noémie au 04 …", "me contacter au …", "contácteme al …", "kontaktieren
     * Sie mich unter …"; the noun "contact" stays weak. */
    { "contacter", KIND(CUE_PHONE) | PROSE_ONLY }, { "contactez", KIND(CUE_PHONE) | PROSE_ONLY },
    { "contacte", KIND(CUE_PHONE) | PROSE_ONLY }, { "contactar", KIND(CUE_PHONE) | PROSE_ONLY },
    { "contactarme", KIND(CUE_PHONE) | PROSE_ONLY }, { "contactarnos", KIND(CUE_PHONE) | PROSE_ONLY },
    { "cont\xc3\xa1" "ctame", KIND(CUE_PHONE) | PROSE_ONLY }, { "cont\xc3\xa1" "cteme", KIND(CUE_PHONE) | PROSE_ONLY },
    { "cont\xc3\xa1" "ctenos", KIND(CUE_PHONE) | PROSE_ONLY }, { "kontaktieren", KIND(CUE_PHONE) | PROSE_ONLY },
    { "kontaktiere", KIND(CUE_PHONE) | PROSE_ONLY },
    /* Verbs that ask to call: prose only, their object is the number. */
    { "ring", KIND(CUE_PHONE) | PROSE_ONLY }, { "ringe", KIND(CUE_PHONE) | PROSE_ONLY },
    { "ringa", KIND(CUE_PHONE) | PROSE_ONLY }, { "call", KIND(CUE_PHONE) | PROSE_ONLY },
    { "reach", KIND(CUE_PHONE) | PROSE_ONLY }, { "reached", KIND(CUE_PHONE) | PROSE_ONLY },
    { "erreichen", KIND(CUE_PHONE) | PROSE_ONLY },
    { "erreichbar", KIND(CUE_PHONE) | PROSE_ONLY }, { "anrufen", KIND(CUE_PHONE) | PROSE_ONLY },
    { "appeler", KIND(CUE_PHONE) | PROSE_ONLY }, { "rappeler", KIND(CUE_PHONE) | PROSE_ONLY },
    { "appelez", KIND(CUE_PHONE) | PROSE_ONLY }, { "joindre", KIND(CUE_PHONE) | PROSE_ONLY },
    { "ll\xc3\xa1mame", KIND(CUE_PHONE) | PROSE_ONLY }, { "llamame", KIND(CUE_PHONE) | PROSE_ONLY },
    { "ll\xc3\xa1meme", KIND(CUE_PHONE) | PROSE_ONLY }, { "llamar", KIND(CUE_PHONE) | PROSE_ONLY },
    { "kontakta", KIND(CUE_PHONE) | PROSE_ONLY }, { "sms", KIND(CUE_PHONE) | PROSE_ONLY },
    /* Asking for a call, a reply or a callback, in the six languages: "Ruf … an", "Llama
     * al", "llamarme al", "localizar en el", "Ping me at", "callback at", "Responda SÍ al",
     * "Répondez OUI au", "Svar JA til", "Personne à prévenir : … au". */
    { "ruf", KIND(CUE_PHONE) | PROSE_ONLY }, { "rufen", KIND(CUE_PHONE) | PROSE_ONLY },
    { "zur\xc3\xbc" "ckrufen", KIND(CUE_PHONE) | PROSE_ONLY }, { "llama", KIND(CUE_PHONE) | PROSE_ONLY },
    { "llamarme", KIND(CUE_PHONE) | PROSE_ONLY }, { "llamanos", KIND(CUE_PHONE) | PROSE_ONLY },
    { "localizar", KIND(CUE_PHONE) | PROSE_ONLY }, { "ping", KIND(CUE_PHONE) | PROSE_ONLY },
    { "callback", KIND(CUE_PHONE) | PROSE_ONLY }, { "called", KIND(CUE_PHONE) | PROSE_ONLY },
    { "calling", KIND(CUE_PHONE) | PROSE_ONLY }, { "ringde", KIND(CUE_PHONE) | PROSE_ONLY },
    { "ringte", KIND(CUE_PHONE) | PROSE_ONLY }, { "svar", KIND(CUE_PHONE) | PROSE_ONLY | WEAK },
    { "svara", KIND(CUE_PHONE) | PROSE_ONLY | WEAK }, { "responda", KIND(CUE_PHONE) | PROSE_ONLY | WEAK },
    { "r\xc3\xa9pondez", KIND(CUE_PHONE) | PROSE_ONLY | WEAK }, { "repondez", KIND(CUE_PHONE) | PROSE_ONLY | WEAK },
    { "antworten", KIND(CUE_PHONE) | PROSE_ONLY | WEAK }, { "reply", KIND(CUE_PHONE) | PROSE_ONLY | WEAK },
    { "pr\xc3\xa9venir", KIND(CUE_PHONE) | PROSE_ONLY }, { "prevenir", KIND(CUE_PHONE) | PROSE_ONLY },
    { "r\xc3\xbc" "ckrufnummer", KIND(CUE_PHONE) }, { "ruckrufnummer", KIND(CUE_PHONE) },
    { "rufnummer", KIND(CUE_PHONE) }, { "kontaktnummer", KIND(CUE_PHONE) }, { "festnetz", KIND(CUE_PHONE) },
    { "jobbtelefon", KIND(CUE_PHONE) }, { "hemtelefon", KIND(CUE_PHONE) }, { "arbetstelefon", KIND(CUE_PHONE) },
    { "nummeret", KIND(CUE_PHONE) | PROSE_ONLY | WEAK }, { "numret", KIND(CUE_PHONE) | PROSE_ONLY | WEAK },
    { "numero", KIND(CUE_PHONE) | PROSE_ONLY | WEAK }, { "n\xc3\xbamero", KIND(CUE_PHONE) | PROSE_ONLY | WEAK },
    { "num\xc3\xa9ro", KIND(CUE_PHONE) | PROSE_ONLY | WEAK },
    { "n\xc3\xa5s", KIND(CUE_PHONE) | PROSE_ONLY }, { "appelle", KIND(CUE_PHONE) | PROSE_ONLY },
    { "appeler", KIND(CUE_PHONE) | PROSE_ONLY }, { "t\xc3\xa9l", KIND(CUE_PHONE) }, { "mobilnr", KIND(CUE_PHONE) },
    { "telnr", KIND(CUE_PHONE) }, { "tlfnr", KIND(CUE_PHONE) }, { "handynr", KIND(CUE_PHONE) },
    { "number", KIND(CUE_PHONE) | PROSE_ONLY | WEAK }, { "nummer", KIND(CUE_PHONE) | PROSE_ONLY | WEAK },
    { "contact", KIND(CUE_PHONE) | WEAK }, { "text", KIND(CUE_PHONE) | PROSE_ONLY | WEAK },
    { "ssn", KIND(CUE_SSN) }, { "socialsecurity", KIND(CUE_SSN) }, { "segurosocial", KIND(CUE_SSN) },
    /* "SS#", "soc. sec.", "what's your social", "that's my social" */
    { "ss", KIND(CUE_SSN) }, { "socsec", KIND(CUE_SSN) }, { "social", KIND(CUE_SSN) },
    { "ssan", KIND(CUE_SSN) },
    { "sin", KIND(CUE_SIN) }, { "socialinsurance", KIND(CUE_SIN) }, { "nas", KIND(CUE_SIN) },
    { "assurancesociale", KIND(CUE_SIN) }, { "dassurancesociale", KIND(CUE_SIN) },
    { "fnr", KIND(CUE_NO_FNR) }, { "fodselsnummer", KIND(CUE_NO_FNR) },
    { "f\xc3\xb8" "dselsnummer", KIND(CUE_NO_FNR) }, { "fnummer", KIND(CUE_NO_FNR) },
    { "personnummer", KIND(CUE_NO_FNR) | KIND(CUE_SE_PERSONNUMMER) },
    { "personnummeret", KIND(CUE_NO_FNR) }, { "f\xc3\xb8" "dselsnummeret", KIND(CUE_NO_FNR) },
    { "fodselsnummeret", KIND(CUE_NO_FNR) }, { "personnumret", KIND(CUE_SE_PERSONNUMMER) },
    { "personnr", KIND(CUE_SE_PERSONNUMMER) }, { "pnr", KIND(CUE_SE_PERSONNUMMER) },
    { "steuerid", KIND(CUE_TAX_ID) }, { "steueridnr", KIND(CUE_TAX_ID) }, { "steuernummer", KIND(CUE_TAX_ID) },
    { "steueridentifikationsnummer", KIND(CUE_TAX_ID) }, { "identifikationsnummer", KIND(CUE_TAX_ID) },
    { "taxid", KIND(CUE_TAX_ID) }, { "tin", KIND(CUE_TAX_ID) | KIND(CUE_SSN) }, { "idnr", ID_NUMBER_KINDS },
    { "taxidentification", KIND(CUE_TAX_ID) }, { "taxpayerid", KIND(CUE_TAX_ID) | KIND(CUE_SSN) },
    { "taxpayeridentificationnumber", KIND(CUE_TAX_ID) | KIND(CUE_SSN) },
    { "dob", KIND(CUE_DATE_OF_BIRTH) }, { "dateofbirth", KIND(CUE_DATE_OF_BIRTH) },
    { "birthdate", KIND(CUE_DATE_OF_BIRTH) }, { "birthday", KIND(CUE_DATE_OF_BIRTH) },
    { "birth", KIND(CUE_DATE_OF_BIRTH) }, { "born", KIND(CUE_DATE_OF_BIRTH) }, { "bday", KIND(CUE_DATE_OF_BIRTH) },
    { "geburtsdatum", KIND(CUE_DATE_OF_BIRTH) }, { "geburtstag", KIND(CUE_DATE_OF_BIRTH) },
    { "geboren", KIND(CUE_DATE_OF_BIRTH) }, { "fodselsdato", KIND(CUE_DATE_OF_BIRTH) },
    { "f\xc3\xb8" "dselsdato", KIND(CUE_DATE_OF_BIRTH) }, { "f\xc3\xb8" "dt", KIND(CUE_DATE_OF_BIRTH) },
    { "fodt", KIND(CUE_DATE_OF_BIRTH) }, { "f\xc3\xb8" "dd", KIND(CUE_DATE_OF_BIRTH) },
    { "f\xc3\xb6" "dd", KIND(CUE_DATE_OF_BIRTH) }, { "f\xc3\xb6" "delsedatum", KIND(CUE_DATE_OF_BIRTH) },
    { "fodelsedatum", KIND(CUE_DATE_OF_BIRTH) }, { "f\xc3\xb6" "delsedag", KIND(CUE_DATE_OF_BIRTH) },
    { "naissance", KIND(CUE_DATE_OF_BIRTH) }, { "n\xc3\xa9", KIND(CUE_DATE_OF_BIRTH) },
    { "n\xc3\xa9" "e", KIND(CUE_DATE_OF_BIRTH) }, { "nacimiento", KIND(CUE_DATE_OF_BIRTH) },
    { "nacido", KIND(CUE_DATE_OF_BIRTH) }, { "nacida", KIND(CUE_DATE_OF_BIRTH) },
    { "naci", KIND(CUE_DATE_OF_BIRTH) }, { "nac\xc3\xad", KIND(CUE_DATE_OF_BIRTH) },
    { "naci\xc3\xb3", KIND(CUE_DATE_OF_BIRTH) }, { "nacio", KIND(CUE_DATE_OF_BIRTH) },
    { "geb", KIND(CUE_DATE_OF_BIRTH) }, { "geburt", KIND(CUE_DATE_OF_BIRTH) },
    { "f\xc3\xb6" "dd", KIND(CUE_DATE_OF_BIRTH) },
    { "f\xc3\xb6" "ddes", KIND(CUE_DATE_OF_BIRTH) }, { "foddes", KIND(CUE_DATE_OF_BIRTH) },
    { "f\xc3\xb8" "des", KIND(CUE_DATE_OF_BIRTH) }, { "fodes", KIND(CUE_DATE_OF_BIRTH) },
    /* Birthdays and abbreviations: "… er bursdagen min", "Min fødselsdag er …", "Mi cumpleaños
     * es el …", "fnac: …" (fecha de nacimiento). */
    { "bursdag", KIND(CUE_DATE_OF_BIRTH) }, { "bursdagen", KIND(CUE_DATE_OF_BIRTH) },
    { "f\xc3\xb8" "dselsdag", KIND(CUE_DATE_OF_BIRTH) }, { "f\xc3\xb8" "dselsdagen", KIND(CUE_DATE_OF_BIRTH) },
    { "fodselsdag", KIND(CUE_DATE_OF_BIRTH) },
    /* Definite forms: "… er fødselsdatoen min", "… är födelsedatumet". */
    { "f\xc3\xb8" "dselsdatoen", KIND(CUE_DATE_OF_BIRTH) }, { "fodselsdatoen", KIND(CUE_DATE_OF_BIRTH) },
    { "f\xc3\xb6" "delsedatumet", KIND(CUE_DATE_OF_BIRTH) }, { "fodelsedatumet", KIND(CUE_DATE_OF_BIRTH) },
    { "f\xc3\xb6" "delsedagen", KIND(CUE_DATE_OF_BIRTH) },
    { "cumplea\xc3\xb1os", KIND(CUE_DATE_OF_BIRTH) }, { "cumpleanos", KIND(CUE_DATE_OF_BIRTH) },
    { "fnac", KIND(CUE_DATE_OF_BIRTH) }, { "fechanac", KIND(CUE_DATE_OF_BIRTH) },
    /* Keys abbreviated further: "fnacimiento", "fec_nac", "gebdat", "date_naiss". */
    { "fnacimiento", KIND(CUE_DATE_OF_BIRTH) }, { "nac", KIND(CUE_DATE_OF_BIRTH) },
    { "gebdat", KIND(CUE_DATE_OF_BIRTH) }, { "naiss", KIND(CUE_DATE_OF_BIRTH) },
    /* "fdato", "f.dato" (fødselsdato), "fodelsedag" without its ö. */
    { "fdato", KIND(CUE_DATE_OF_BIRTH) }, { "fodelsedag", KIND(CUE_DATE_OF_BIRTH) },
    /* French's birthday beside "birthday", "bursdag", "födelsedag", "Geburtstag",
     * "cumpleaños", and its form's "DDN" (date de naissance) beside "DOB" (census round). */
    { "anniversaire", KIND(CUE_DATE_OF_BIRTH) }, { "ddn", KIND(CUE_DATE_OF_BIRTH) },
    /* The birthday as chat shortens it: French "mon anniv", Spanish "mi cumple" (census birth_dates3). */
    { "anniv", KIND(CUE_DATE_OF_BIRTH) }, { "cumple", KIND(CUE_DATE_OF_BIRTH) },
    /* Swedish "född" of a neuter noun ("barnet, fött …"); "bdate" beside "bday"; "fdatum"
     * (födelsedatum) beside "fdato" (census birth_dates). */
    { "f\xc3\xb6tt", KIND(CUE_DATE_OF_BIRTH) }, { "fott", KIND(CUE_DATE_OF_BIRTH) },
    { "bdate", KIND(CUE_DATE_OF_BIRTH) }, { "fdatum", KIND(CUE_DATE_OF_BIRTH) },
    { "iban", KIND(CUE_IBAN) }, { "konto", KIND(CUE_IBAN) }, { "kontonummer", KIND(CUE_IBAN) },
    { "bankkonto", KIND(CUE_IBAN) }, { "account", KIND(CUE_IBAN) }, { "bankaccount", KIND(CUE_IBAN) },
    { "cuenta", KIND(CUE_IBAN) }, { "compte", KIND(CUE_IBAN) },
    { "routing", KIND(CUE_ROUTING) }, { "aba", KIND(CUE_ROUTING) }, { "abarouting", KIND(CUE_ROUTING) },
    { "rtn", KIND(CUE_ROUTING) }, { "routingtransit", KIND(CUE_ROUTING) }, { "transit", KIND(CUE_ROUTING) },
    { "bankrouting", KIND(CUE_ROUTING) }, { "routingno", KIND(CUE_ROUTING) },
    { "abartn", KIND(CUE_ROUTING) }, { "wire", KIND(CUE_ROUTING) | PROSE_ONLY },
    { "routed", KIND(CUE_ROUTING) | PROSE_ONLY },     /* "Deposit from account routed 104311200" */
    { "fedwire", KIND(CUE_ROUTING) }, { "ach", KIND(CUE_ROUTING) }, { "achrouting", KIND(CUE_ROUTING) },
    { "wirerouting", KIND(CUE_ROUTING) }, { "ruteo", KIND(CUE_ROUTING) }, { "enrutamiento", KIND(CUE_ROUTING) },
    /* "R/T", "RT#"; the word in the other languages, one word or two: "Routingnummer",
     * "rutingnummeret", "code de routage", "numéro d'acheminement", "número de ruta",
     * "número de tránsito". */
    { "rt", KIND(CUE_ROUTING) }, { "routingnummer", KIND(CUE_ROUTING) }, { "routingnummeret", KIND(CUE_ROUTING) },
    { "routingnumret", KIND(CUE_ROUTING) }, { "rutingnummer", KIND(CUE_ROUTING) },
    { "rutingnummeret", KIND(CUE_ROUTING) }, { "rutingnumret", KIND(CUE_ROUTING) }, { "routage", KIND(CUE_ROUTING) },
    { "acheminement", KIND(CUE_ROUTING) }, { "ruta", KIND(CUE_ROUTING) }, { "transito", KIND(CUE_ROUTING) },
    { "tr\xc3\xa1nsito", KIND(CUE_ROUTING) }, { "routingtransitnumber", KIND(CUE_ROUTING) },
    { "routingnr", KIND(CUE_ROUTING) }, { "rutingnr", KIND(CUE_ROUTING) },
    /* "Bank code: …": only a nine-digit number with the 3-7-1 check passes (a Bankleitzahl
     * has eight digits, a sort code six, a French code banque five). */
    { "bankcode", KIND(CUE_ROUTING) },
    /* German's word for a bank's routing code, said of an American bank ("Bankleitzahl (US)
     * …", "BLZ USA …"): a Bankleitzahl has eight digits, so only a routing number's nine
     * with its check pass (census round 2). */
    { "bankleitzahl", KIND(CUE_ROUTING) }, { "blz", KIND(CUE_ROUTING) },
    /* An ACH entry's receiving bank: "RDFI 0210…", "Receiving DFI Identification: …". */
    { "rdfi", KIND(CUE_ROUTING) }, { "dfi", KIND(CUE_ROUTING) }, { "dfiidentification", KIND(CUE_ROUTING) },
    { "receivingdfi", KIND(CUE_ROUTING) }, { "receivingdfiidentification", KIND(CUE_ROUTING) },
    { "nino", KIND(CUE_NINO) }, { "nationalinsurance", KIND(CUE_NINO) },
};

/* A label's last word that only says "number": "phone number", "SSN no.", "Steuer-Nr". */
static const char *const number_words[] = {
    "number", "numbers", "no", "nr", "num", "nummer", "numero", "n\xc3\xbamero", "num\xc3\xa9ro", "nummeret",
    "numret", "code",
};

/* The words found by the database, as literals: enough of every name above that one of
 * them lies in it. */
static const char *const cue_stems[] = {
    "phone", "mobil", "telef", "teleph", "t\xc3\xa9l\xc3\xa9", "handy", "cell", "portable", "joignable", "m\xc3\xb3vil",
    "movil", "whatsapp", "msisdn", "celular", "social", "insurance", "assurance", "personn", "dselsnummer",
    "steuer", "identifikation", "birth", "born", "bday", "geburt", "geboren", "dselsdato", "delsedat", "delsedag",
    "naissance", "nacimiento", "nacid", "iban", "konto", "account", "cuenta", "compte", "routing", "nino",
    "seguro", "erreich", "anrufen", "appel", "joindre", "ll\xc3\xa1m", "llam", "transit",
    "localizar", "callback", "ckruf", "rufnummer", "kontaktnummer", "festnetz", "svara", "responda", "pondez",
    "antworten", "venir", "nummeret", "numret", "numero", "n\xc3\xbamero", "num\xc3\xa9ro", "socsec", "ruteo",
    "enrutamiento", "taxpayer", "f\303\266ddes" /* octal: a hex escape would take the d */, "foddes", "landline",
    "switchboard", "routed", "telefonnr", "jobbmobil", "tfno", "telf", "hotline", "helpline", "signal", "treffes",
    "escribi", "kontakt", "contacte", "contacta", ("cont\xc3\xa1" "ct"), "anniv" /* anniversaire too */, "bursdag", "dselsdag", "cumple" /* cumpleaños too */, "de ruta", "routage", "bank code", "bank_code",
    "bankcode", "bank-code", "acheminement", "ruting", "tr\xc3\xa1nsito", "gebdat", "naiss",
    "bankleitzahl", "emergenc", "urgence", "r\xc3\xb8rende", "parorende", "anh\xc3\xb6rig", "anhorig", "notfall",
    "direkt", "sentralbord", "v\xc3\xa4xel", "vaxel", "zentrale", "centralita", ("escr\xc3\xad" "be"), "escribeme",
    "fechanac",
};

/* Short ones count only standing alone (not "tin" in "setting", "aba" in "database"): the
 * database looks for each after every character that may come before a key or a cue word
 * (cue_word_openers), and the character after it is checked on each match. Literals that
 * long make the database three times faster than the bare words or a pattern with the
 * boundaries in it (1.7 against 5.4 GB/s on bench/scrub_bench.c's text). */
static const char *const cue_words[] = {
    "mob", "tel", "tlf", "fax", "ssn", "sin", "nas", "fnr", "pnr", "tin", "idnr", "id_nr", "id-nr", "taxid", "tax id",
    "tax_id", "tax-id", "dob", "aba", "rtn", "f\xc3\xb8" "dt", "fodt", "f\xc3\xb8" "dd", "f\xc3\xb6" "dd", "n\xc3\xa9",
    "n\xc3\xa9" "e", "ring", "ringe", "ringa", "call", "reach", "geb", "naci", "nac\xc3\xad", "naci\xc3\xb3", "nacio",
    "number", "nummer", "contact", "text", "sms", "ss", "soc", "ping", "called", "calling", "ruf", "rufen", "svar",
    "reply", "ringde", "ringte", "ssan", "n\xc3\xa5s", "t\xc3\xa9l", "telnr", "tlfnr", "ach", "wire", "direct",
    "office", "rdfi", "dfi", "reached", "fnac", "nac", "rt", "ph", "fdato", "ddn", "home", "work", "private",
    "privat", "hjem", "jobb", "arbeid", "hem", "arbete", "b\xc3\xbcro", "dienstlich", "gesch\xc3\xa4" "ftlich",
    "domicile", "bureau", "travail", "casa", "trabajo", "oficina", "domicilio", "tfn", "blz", "fixe", "cel",
    "f\xc3\xb6tt", "fott", "bdate", "fdatum", "d_o_b",
};

/* '+' is a form's encoded space: "Body=hi+my+ssn+is+…" */
/* '?' and '&' open a query string's keys: "?dob=1985-03-12&…" (census birth_dates). */
static const char cue_word_openers[] = " \t\n\r\"'`_,;|({[*-/>.<+?&";

/* One-letter labels of an e-mail signature or contact card, "M: 0171 …", "T: 4155552671",
 * "P:", "W:", "D:", "F:", "H:", "O:", "C:" (mobile, telephone, phone, work, direct, fax,
 * home, office, cell): a capital and a colon opening a line or after a '|', matched case
 * as written. A lone letter says nothing anywhere else ("t: 1717…" in JSON is a time). */
static const char signature_letters[] = "MTPWDFHOC";
static const char *const signature_openers[] = { "\n", "| " };

/* Abbreviations written with dots, which the word reader splits: "D.O.B. 12/03/1985",
 * "S.S.N. 123-45-6789", "F. nac.: 12/03/1985", "Fecha nac. …", "Geb.-Datum: …". */
static const struct {
    const char *literal;
    enum cue_kind kind;
} dotted_labels[] = {
    { "d.o.b", CUE_DATE_OF_BIRTH }, { "s.s.n", CUE_SSN }, { "f. nac", CUE_DATE_OF_BIRTH },
    { "fecha nac", CUE_DATE_OF_BIRTH }, { "fec. nac", CUE_DATE_OF_BIRTH }, { "geb.-datum", CUE_DATE_OF_BIRTH }, { "geb.-dat.", CUE_DATE_OF_BIRTH },
    { "geb.datum", CUE_DATE_OF_BIRTH }, { "soc. sec", CUE_SSN }, { "n\xc3\xa9(e)", CUE_DATE_OF_BIRTH },
    { "r/t", CUE_ROUTING }, { "rt#", CUE_ROUTING }, { "(f.", CUE_DATE_OF_BIRTH }, { ", f.", CUE_DATE_OF_BIRTH },
    { "pers.nr", CUE_SE_PERSONNUMMER }, { "pers. nr", CUE_SE_PERSONNUMMER }, { "naiss.", CUE_DATE_OF_BIRTH },
    /* English "born" abbreviated after a name, as "(f." and ", f." are in Norwegian and Swedish:
     * "John Smith (b. 12 March 1985)", "Mary Jones, b. 1985-03-12". */
    { "(b.", CUE_DATE_OF_BIRTH }, { ", b.", CUE_DATE_OF_BIRTH }, { "f.dato", CUE_DATE_OF_BIRTH },
    /* An X12 demographic segment holds the birth date, CCYYMMDD: "DMG*D8*19561209*F~". */
    { "dmg*d8*", CUE_DATE_OF_BIRTH },
    /* A telephone sign before the number: "\xe2\x98\x8e 0171 …", the receiver emoji. */
    { "\xe2\x98\x8e", CUE_PHONE }, { "\xf0\x9f\x93\x9e", CUE_PHONE },
    /* X12 reference segments: "REF*SY*" is a Social Security number, "REF*0F*" the
     * subscriber's number, which benefit enrolments (834) fill with it. */
    { "ref*sy*", CUE_SSN }, { "ref*0f*", CUE_SSN },
    /* GEDCOM: a birth event's date stands on the next level, "1 BIRT\n2 DATE 12 MAR 1985" (a
     * death's or marriage's "2 DATE" is no birth date: only after BIRT). */
    { "birt\n2 date ", CUE_DATE_OF_BIRTH }, { "birt\r\n2 date ", CUE_DATE_OF_BIRTH },
    /* German's star for "born" after a name, with the date right after it: "Hans Weber, *12.3.1985"
     * or "(*12.3.1985)"; Spanish "n." (nacido, nacida) as "(f." and "(b.": "Ana Gil (n. 9.7.1976)". An airline's APIS document line,
     * "SSR DOCS SK HK1/P/NOR/…/NOR/12MAR85/M/…": the birth date by its field (scrub/birth_dates.h). */
    { ", *", CUE_DATE_OF_BIRTH }, { "(n.", CUE_DATE_OF_BIRTH },
    /* "(*" with its date's first digit: two bytes alone slow the whole literal scan 1.2 %. */
    { "(*0", CUE_DATE_OF_BIRTH }, { "(*1", CUE_DATE_OF_BIRTH }, { "(*2", CUE_DATE_OF_BIRTH }, { "(*3", CUE_DATE_OF_BIRTH },
    { "(*4", CUE_DATE_OF_BIRTH }, { "(*5", CUE_DATE_OF_BIRTH }, { "(*6", CUE_DATE_OF_BIRTH }, { "(*7", CUE_DATE_OF_BIRTH },
    { "(*8", CUE_DATE_OF_BIRTH }, { "(*9", CUE_DATE_OF_BIRTH },
    { "docs/", CUE_DATE_OF_BIRTH }, { "docs ", CUE_DATE_OF_BIRTH },
    /* The star with a blank after it where a life is written out: "(* 12. März 1931 in Ulm)",
     * "(* 11 I 1971)" (birth_date_star_closes), and before a death's cross on its line: "* 14. juni
     * 1950  † 17. januar 1996" (obituaries, family trees; birth_date_before_cross). Nordic "f."
     * after a name with no comma: "Pas: HANSEN, Kari f. 691003" (census birth_dates3). */
    { "(* ", CUE_DATE_OF_BIRTH }, { "\xe2\x80\xa0", CUE_DATE_OF_BIRTH },
    /* The star touching a German date (its day's first digit) after a name with a blank before
     * it: "Pat.: MÜLLER, Hans *12.03.1985" (a patient's header line, a letterhead). */
    { " *0", CUE_DATE_OF_BIRTH }, { " *1", CUE_DATE_OF_BIRTH }, { " *2", CUE_DATE_OF_BIRTH }, { " *3", CUE_DATE_OF_BIRTH },
    /* A passport's or ID card's machine-readable zone, found by its fillers: the birth date by its
     * place in the second line and its check digit (birth_date_mrz_field). */
    { "<<<<", CUE_DATE_OF_BIRTH },
    /* A driving licence's numbered fields (EU model, Directive 2006/126/EC): "3." the date and place
     * of birth, before "4a." its issue date (birth_date_licence_field). */
    { "4a. ", CUE_DATE_OF_BIRTH },
    { " f.", CUE_DATE_OF_BIRTH },
};

/* HL7 v2 segments whose fields hold a person's numbers, by position: PID-7 the birth date,
 * PID-13 and PID-14 the home and work phones, PID-19 the SSN; NK1-5 and NK1-6 the next of
 * kin's phones. The segment's name opens its line; fields are split by '|'. */
static const struct {
    const char *literal;
    unsigned char fields[4];          /* field numbers, 0 ends the list */
    enum cue_kind kinds[4];
} hl7_segments[] = {
    { "pid|", { 7, 13, 14, 19 }, { CUE_DATE_OF_BIRTH, CUE_PHONE, CUE_PHONE, CUE_SSN } },
    { "nk1|", { 5, 6, 0, 0 }, { CUE_PHONE, CUE_PHONE, CUE_PHONE, CUE_PHONE } },
};

/* Not cues: words that bring their line to be read as a table's header, for a column that
 * names a secret ("password", "api_key", "token", "Schlüssel"): the stems of the key judge's
 * credential words (scrub/secret_keys.c), so that a header cell the judge would take is read;
 * "key" alone is none ("Issue key", "Primary key"), nor the short "pw" and "psk" (literals
 * that short cost this scan 0.7 % of mixed text for columns nobody names so). Each line is
 * read once, whatever cue word or table word is in it (on_table_word). */
static const char *const table_words[] = { "pass", "pwd", "secret", "token", "apikey", "api_key",
                                           "api-key", "kennwort", "l\xc3\xb6senord", "losenord", "contrase",
                                           "clave", "llave", "mdp", "cl\xc3\xa9", "jeton", "n\xc3\xb8kkel",
                                           "nokkel", "nyckel", "schl\xc3\xbcssel", "schluessel", "hemmelig",
                                           "hemlig", "geheimnis", "credential", "creds" };

enum {
    TABLE_WORD_COUNT = sizeof table_words / sizeof table_words[0],
    STEM_COUNT = sizeof cue_stems / sizeof cue_stems[0],
    WORD_COUNT = sizeof cue_words / sizeof cue_words[0],
    OPENER_COUNT = sizeof cue_word_openers - 1,
    WORD_PATTERN_COUNT = STEM_COUNT + WORD_COUNT * OPENER_COUNT,
    SIGNATURE_PATTERN_COUNT = (sizeof signature_letters - 1) * (sizeof signature_openers / sizeof signature_openers[0]),
    DOTTED_COUNT = sizeof dotted_labels / sizeof dotted_labels[0],
    HL7_FIRST = WORD_PATTERN_COUNT + SIGNATURE_PATTERN_COUNT + DOTTED_COUNT,
    HL7_COUNT = sizeof hl7_segments / sizeof hl7_segments[0],
    TABLE_WORDS_FIRST = HL7_FIRST + HL7_COUNT,
    CUE_PATTERN_COUNT = TABLE_WORDS_FIRST + TABLE_WORD_COUNT,
    CUE_LITERAL_MAX = 16,
};

static size_t last_digit_end(const char *text, size_t len);

/* ---- reading words ---- */

/* Letters (any byte of a UTF-8 sequence counts as one) and what a key or label word is
 * made of ("customer_phone", "Steuer-ID", "fødselsnummer"): tables, as both are asked of
 * every byte around every cue word. ASCII classes, as <ctype.h> gives in the C locale. */
enum { LETTER = 1, KEY_CHAR = 2 };
static const unsigned char word_classes[256] = {
    ['A' ... 'Z'] = LETTER | KEY_CHAR, ['a' ... 'z'] = LETTER | KEY_CHAR, [0x80 ... 0xff] = LETTER | KEY_CHAR,
    ['0' ... '9'] = KEY_CHAR, ['_'] = KEY_CHAR, ['-'] = KEY_CHAR,
};

static bool letter(unsigned char c)
{
    return word_classes[c] & LETTER;
}

static bool key_char(unsigned char c)
{
    return word_classes[c] & KEY_CHAR;
}

static size_t line_end_from(const char *text, size_t len, size_t at)
{
    const char *newline = memchr(text + at, '\n', len - at);
    return newline != NULL ? (size_t)(newline - text) : len;
}

static uint32_t name_hash(const char *name, size_t len)
{
    uint32_t hash = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        hash = (hash ^ (unsigned char)name[i]) * 16777619u;
    }
    return hash;
}

/* The kinds a compact name names, or 0. */
static uint32_t name_length_bit(size_t len)
{
    return 1u << (len < 31 ? len : 31);
}

static unsigned kinds_of_name(const struct column_cues *cues, const char *name, size_t len)
{
    const unsigned short *slots = cues->name_slots;
    if (len == 0) {
        return 0;                     /* no name is empty */
    }
    /* Most joined words start or end as no name of their length does: no hashing then. */
    uint32_t length_bit = name_length_bit(len);
    if (!(cues->name_first_lengths[(unsigned char)name[0] & 63] & length_bit)
        || !(cues->name_last_lengths[(unsigned char)name[len - 1] & 63] & length_bit)) {
        return 0;
    }
    for (uint32_t at = name_hash(name, len);; at++) {
        unsigned short slot = slots[at & (NAME_SLOTS - 1)];
        if (slot == 0) {
            return 0;
        }
        const char *known = type_names[slot - 1].name;
        if (known[0] == name[0] && strlen(known) == len && memcmp(known, name, len) == 0) {
            return type_names[slot - 1].kinds;
        }
    }
}

static bool is_number_word(const char *word, size_t len)
{
    if (len == 0) {
        return false;
    }
    for (size_t i = 0; i < sizeof number_words / sizeof number_words[0]; i++) {
        if (number_words[i][0] == word[0] && strlen(number_words[i]) == len
            && memcmp(number_words[i], word, len) == 0) {
            return true;
        }
    }
    return false;
}

/* A label split into lowercase words, the last MAX_KEPT of them. */
enum { MAX_KEPT = 4 };
struct label_words {
    char text[MAX_KEPT][MAX_WORD];
    size_t len[MAX_KEPT];
    size_t count;
};

static void add_word(struct label_words *words, const char *word, size_t len)
{
    if (len == 0 || len >= MAX_WORD) {
        return;
    }
    if (words->count == MAX_KEPT) {
        memmove(words->text, words->text + 1, sizeof words->text[0] * (MAX_KEPT - 1));
        memmove(words->len, words->len + 1, sizeof words->len[0] * (MAX_KEPT - 1));
        words->count--;
    }
    for (size_t i = 0; i < len; i++) {
        /* Latin-1 capitals too: a form's labels in capitals, "FØDSELSDATO", "FÖDELSEDATUM" */
        words->text[words->count][i] = (char)latin1_fold(i > 0 ? (unsigned char)word[i - 1] : 0, (unsigned char)word[i]);
    }
    words->len[words->count++] = len;
}

/* Words split at anything but letters and digits, and where camelCase turns upper. */
static void split_label(const char *text, size_t start, size_t end, struct label_words *words)
{
    words->count = 0;                 /* only the words counted are read */
    size_t word = start;
    for (size_t i = start; i < end; i++) {
        unsigned char c = (unsigned char)text[i];
        bool camel = i > word && ascii_upper(c) && ascii_lower((unsigned char)text[i - 1]);
        if (!ascii_alnum(c) && c < 0x80) {
            add_word(words, text + word, i - word);
            word = i + 1;
        } else if (camel) {
            add_word(words, text + word, i - word);
            word = i;
        }
    }
    add_word(words, text + word, end - word);
}

/* The kinds named by the last one, two or three words, joined (with PROSE_ONLY and WEAK;
 * names that are cues only in prose skipped unless `prose`). */
static unsigned kinds_of_last_words(const struct column_cues *cues, const struct label_words *words, size_t count,
                                    bool prose)
{
    for (size_t take = count < 3 ? count : 3; take > 0; take--) {
        char joined[3 * MAX_WORD];
        size_t len = 0;
        for (size_t i = count - take; i < count; i++) {
            memcpy(joined + len, words->text[i], words->len[i]);
            len += words->len[i];
        }
        unsigned found = kinds_of_name(cues, joined, len);
        if (found && (prose ? !(found & LABEL_ONLY) : !(found & PROSE_ONLY))) {
            return found;
        }
    }
    return 0;
}

static bool word_in(const char *text, size_t start, size_t end, const char *const *list, size_t count);

/* A key's last word that says how a date is stored, not what it is ("birth_dt", "dob_iso",
 * "birthdate_utc", "GebDatum", "fodt_dato"): the words before it name a birth date or
 * nothing. Salesforce's custom-field suffix "__c" ("Date_of_Birth__c", "SSN__c") hides any name. */
static unsigned kinds_before_suffix(const struct column_cues *cues, const struct label_words *words, bool prose)
{
    /* ... and the layout it is stored in: "DOB_DDMMYYYY", "dob_yyyymmdd", "fdato_ddmmaaaa" */
    static const char *const date_suffixes[] = { "date", "dt", "utc", "iso", "datum", "dato", "ddmmyyyy",
                                                 "mmddyyyy", "yyyymmdd", "ddmmyy", "yymmdd", "mmddyy",
                                                 "ddmmaaaa", "aaaammjj", "jjmmaaaa", "ttmmjjjj", "jjjjmmtt",
                                                 "ddmm\xc3\xa5\xc3\xa5\xc3\xa5\xc3\xa5",
                                                 /* French class lists' "Né(e) le", "Née le", "Né le" */
                                                 "le" };
    const char *last = words->text[words->count - 1];
    size_t last_len = words->len[words->count - 1];
    if (last_len == 1 && last[0] == 'c') {
        return kinds_of_last_words(cues, words, words->count - 1, prose);
    }
    /* "Phone 1 - Value", "phone_2", "Telefon 2 Wert": contact exports number a person's phones
     * and put each one's kind and value apart; an index and a word for "value" end the name. */
    static const char *const value_words[] = { "value", "wert", "verdi", "valor", "valeur", "v\xc3\xa4rde" };
    size_t named = words->count;
    if (word_in(last, 0, last_len, value_words, sizeof value_words / sizeof value_words[0])) {
        named--;
    }
    while (named > 1 && words->len[named - 1] <= 2 && isdigit((unsigned char)words->text[named - 1][0])) {
        named--;
    }
    if (named < words->count) {
        return kinds_of_last_words(cues, words, named, prose);
    }
    for (size_t i = 0; i < sizeof date_suffixes / sizeof date_suffixes[0]; i++) {
        if (strlen(date_suffixes[i]) == last_len && memcmp(date_suffixes[i], last, last_len) == 0) {
            unsigned found = kinds_of_last_words(cues, words, words->count - 1, prose);
            return (found & KIND(CUE_DATE_OF_BIRTH)) ? found : 0;
        }
    }
    return 0;
}

/* A compound that ends in a phone's name, as German and the Nordic languages build them:
 * "Vakttelefon", "Notfalltelefon", "Diensthandy", "Firmentelefonnummer".
 * Three letters before the name at least ("Autotelefon" too: a number to call all the same). */
static unsigned compound_phone_word(const char *word, size_t len)
{
    static const char *const endings[] = { "telefon", "telefonnummer", "telefonnr", "handy", "handynummer",
                                           "mobilnummer", "mobiltelefon" };    /* not "mobil": "Automobil" */
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        size_t ending = strlen(endings[i]);
        if (len >= ending + 3 && memcmp(word + len - ending, endings[i], ending) == 0) {
            return KIND(CUE_PHONE);
        }
    }
    return 0;
}

/* Words that join two names in one label. */
static const char *const label_conjunctions[] = { "and", "und", "og", "och", "et", "y" };

/* The kinds a label names, by its last words ("customer_phone", "Phone number"); a key
 * or a column when `prose` is false. */
static unsigned classify_label(const struct column_cues *cues, const char *text, size_t start, size_t end, bool prose)
{
    COUNT_WORK(4 * (end - start));
    struct label_words words;
    split_label(text, start, end, &words);
    if (words.count == 0) {
        return 0;
    }
    /* "routing number" names a routing number, not a phone: the words before "number"
     * first, "number" itself ("my number") only if they name nothing. */
    unsigned found = 0;
    if (words.count > 1 && is_number_word(words.text[words.count - 1], words.len[words.count - 1])) {
        found = kinds_of_last_words(cues, &words, words.count - 1, prose);
    }
    found = found ? found : kinds_of_last_words(cues, &words, words.count, prose);
    if ((found & WEAK) && words.count > 1 && is_number_word(words.text[words.count - 1], words.len[words.count - 1])
        && label_names_another_number(words.text[words.count - 2], words.len[words.count - 2])) {
        return 0;                     /* "Order number", "Employer identification number": not "my number" */
    }
    if (!found && words.count > 1) {
        found = kinds_before_suffix(cues, &words, prose);
    }
    if (!found) {
        found = compound_phone_word(words.text[words.count - 1], words.len[words.count - 1]);
    }
    /* "Routing and account numbers:", "Phone and fax:", "SSN og fødselsdato": a label that
     * joins two names names both; the value is tried as each. */
    for (size_t i = 1; i + 1 < words.count; i++) {
        if (words.len[i] <= 3 && word_in(words.text[i], 0, words.len[i], label_conjunctions,
                                         sizeof label_conjunctions / sizeof label_conjunctions[0])) {
            found |= kinds_of_last_words(cues, &words, i, prose);
            break;
        }
    }
    return found;
}

/* ---- the scan ---- */

struct cue_scan {
    const struct column_cues *cues;
    const char *text;
    size_t len;
    struct candidate *out;
    size_t count, max;
    size_t done_to;         /* cue words ending before this were read with their key or table */
    size_t lines_to;        /* newlines before this have been seen */
    size_t line_start;      /* the start of the line holding lines_to */
    size_t header_line;     /* the line last checked for a header, +1 (0: none) */
    size_t mrz_checked_to;  /* fillers before this were read with their machine-readable zone */
    size_t offset;                                /* where the database's scan started */
    size_t next_digit, next_digit_asked;          /* digit_after's last answer, and for where */
    size_t last_digit, digits_read_to;            /* digit_before's */
    /* Labels read and what they name, by a hash of their bytes: a key repeated in every
     * record, the cue words of a sentence repeated in every line, are split and looked
     * up once. */
    struct {
        char label[2 * MAX_WORD];
        size_t len;                   /* 0: empty */
        bool prose;
        unsigned kinds;
    } cache[LABEL_CACHE_SLOTS];
};

static unsigned classify_cached(struct cue_scan *scan, size_t start, size_t end, bool prose)
{
    size_t len = end - start;
    if (len > sizeof scan->cache[0].label) {
        return classify_label(scan->cues, scan->text, start, end, prose);
    }
    uint32_t slot = (name_hash(scan->text + start, len) + prose) & (LABEL_CACHE_SLOTS - 1);
    if (scan->cache[slot].len == len && scan->cache[slot].prose == prose
        && memcmp(scan->cache[slot].label, scan->text + start, len) == 0) {
        return scan->cache[slot].kinds;
    }
    unsigned kinds_named = classify_label(scan->cues, scan->text, start, end, prose);
    memcpy(scan->cache[slot].label, scan->text + start, len);
    scan->cache[slot].len = len;
    scan->cache[slot].prose = prose;
    scan->cache[slot].kinds = kinds_named;
    return kinds_named;
}

static bool emit(struct cue_scan *scan, enum cue_kind kind, size_t start, size_t end)
{
    if (scan->count == scan->max) {
        return false;
    }
    scan->out[scan->count++] = (struct candidate){ start, end, scan->cues->types[kind] };
    if (end > scan->done_to) {
        scan->done_to = end;
    }
    return true;
}

/* What values of each shape are written with: a table, read on every byte of a value. */
static const unsigned char value_chars[256] = {
    ['0' ... '9'] = 1 << SHAPE_DIGITS | 1 << SHAPE_ALNUM | 1 << SHAPE_DATE,
    [' '] = 1 << SHAPE_DIGITS | 1 << SHAPE_ALNUM | 1 << SHAPE_DATE,
    ['A' ... 'Z'] = 1 << SHAPE_ALNUM, ['a' ... 'z'] = 1 << SHAPE_ALNUM,
    ['+'] = 1 << SHAPE_DIGITS | 1 << SHAPE_DATE, ['('] = 1 << SHAPE_DIGITS | 1 << SHAPE_DATE,
    [')'] = 1 << SHAPE_DIGITS | 1 << SHAPE_DATE, ['.'] = 1 << SHAPE_DIGITS | 1 << SHAPE_DATE,
    ['-'] = 1 << SHAPE_DIGITS | 1 << SHAPE_DATE, ['/'] = 1 << SHAPE_DIGITS | 1 << SHAPE_DATE,
    /* the bytes of U+00A0, U+2009 and U+202F, the spaces typography puts between a phone's
     * digit groups (the phone validators read them as spaces; any other use fails them) */
    [0xc2] = 1 << SHAPE_DIGITS, [0xa0] = 1 << SHAPE_DIGITS, [0xe2] = 1 << SHAPE_DIGITS,
    [0x80] = 1 << SHAPE_DIGITS, [0x89] = 1 << SHAPE_DIGITS, [0xaf] = 1 << SHAPE_DIGITS,
    /* and of U+2013 and U+00B7, the en dash and the middle dot people group one with */
    [0x93] = 1 << SHAPE_DIGITS, [0xb7] = 1 << SHAPE_DIGITS,
};

static bool value_char(enum value_shape shape, unsigned char c)
{
    return value_chars[c] & (1u << shape);
}

/* A phone read out with commas or digit by digit (phone_dictated_length) at `start`, before
 * `stop`: its length when its digits, asked in one block (North America's ten as 3-3-4, as
 * the weak cue's check knows them), pass the cue's check, `phone_valid` (NULL after a strong
 * cue: any national length); 0 otherwise. A list of numbers with commas has no cue before it. */
static size_t dictated_phone_length(const char *text, size_t start, size_t stop,
                                    bool (*phone_valid)(const char *text, size_t len))
{
    char digits[PHONE_TEXT_MAX];
    size_t count, length = phone_dictated_length(text + start, stop - start, digits, &count);
    if (length == 0) {
        return 0;
    }
    if (count == 10 && digits[0] >= '2' && digits[3] >= '2') {
        memmove(digits + 8, digits + 6, 4);    /* "415 850 0694" */
        memmove(digits + 4, digits + 3, 3);
        digits[3] = digits[7] = ' ';
        count = 12;
    }
    if (!phone_after_cue_valid(digits, count) || (phone_valid != NULL && !phone_valid(digits, count))) {
        return 0;
    }
    return length;
}

/* "[415] 850-0694", "{030} 1234 5678": an area code of two to five digits in square brackets
 * or braces, as some people and old forms write it where others put parentheses, then a blank
 * and a digit: the byte after the blank, or `start` when no such area opens there. */
static size_t bracketed_area_end(const char *text, size_t limit, size_t start)
{
    if (start >= limit || (text[start] != '[' && text[start] != '{')) {
        return start;
    }
    char close = text[start] == '[' ? ']' : '}';
    size_t at = start + 1;
    while (at < limit && at - start <= 5 && isdigit((unsigned char)text[at])) {
        at++;
    }
    if (at - start < 3 || at + 2 >= limit || text[at] != close || text[at + 1] != ' '
        || !isdigit((unsigned char)text[at + 2])) {
        return start;
    }
    return at + 2;
}

/* Does [start, end) trimmed of separators at its end validate as `kind`? Sets *value_end. */
static bool valid_trimmed(enum cue_kind kind, const char *text, size_t start, size_t end, size_t *value_end)
{
    COUNT_WORK(end - start);
    while (end > start && !isalnum((unsigned char)text[end - 1])) {
        end--;
    }
    if (end == start || !kinds[kind].valid(text + start, end - start)) {
        return false;
    }
    *value_end = end;
    return true;
}

/* A value of one of `wanted` starting at `start`: the date there, or the run of the
 * kind's characters, cut back at a space until it validates ("415 555 2671 or 2672").
 * Emits the first that validates; true if one did. */
static bool value_at(struct cue_scan *scan, unsigned wanted, size_t start,
                     bool (*phone_valid)(const char *text, size_t len))
{
    const char *text = scan->text;
    size_t limit = scan->len - start < MAX_VALUE ? scan->len : start + MAX_VALUE;
    for (int kind = 0; kind < CUE_KIND_COUNT; kind++) {
        if (!(wanted & KIND(kind)) || scan->cues->types[kind] == NULL) {
            continue;
        }
        enum value_shape shape = kinds[kind].shape;
        if (shape == SHAPE_DATE) {
            size_t date = date_length(text + start, limit - start);
            if (date == 0) {
                date = birth_date_spaced_length(text + start, limit - start);   /* OCR: "12.03. 1985" */
            }
            if (date == 0) {
                date = birth_date_comb_length(text + start, limit - start);     /* a form's boxes: "1|2|0|3|1|9|8|5" */
            }
            COUNT_WORK(limit - start);
            if (date > 0 && (start + date == scan->len || !isalnum((unsigned char)text[start + date])
                             || text[start + date] == 'T')) {
                return emit(scan, (enum cue_kind)kind, start, start + date);
            }
            continue;
        }
        size_t end = kind == CUE_PHONE ? bracketed_area_end(text, limit, start) : start;
        while (end < limit && value_char(shape, (unsigned char)text[end]) && text[end] != '\n'
               && !(text[end] == ' ' && end + 1 < limit && text[end + 1] == ' ')) {
            end++;
        }
        COUNT_WORK(end - start);
        if (end < scan->len && isalnum((unsigned char)text[end]) && end == limit) {
            continue;                 /* longer than any value */
        }
        if (kind == CUE_PHONE && phone_is_fictional(text + start, end - start)) {
            continue;                 /* "call +44 20 7946 0060": not "+44 20 7946" either */
        }
        for (size_t cut = end; cut > start; cut--) {
            size_t value_end;
            if ((cut == end || text[cut] == ' ') && valid_trimmed((enum cue_kind)kind, text, start, cut, &value_end)
                && (kind != CUE_PHONE || phone_valid == NULL || phone_valid(text + start, value_end - start))) {
                return emit(scan, (enum cue_kind)kind, start, value_end);
            }
        }
        size_t dictated = kind == CUE_PHONE ? dictated_phone_length(text, start, scan->len, phone_valid) : 0;
        if (dictated > 0) {
            return emit(scan, CUE_PHONE, start, start + dictated);     /* "415, 850, 06, 94" */
        }
    }
    return false;
}

/* A phone read out with commas or digit by digit that ends at `end`, a cue after it ("415,
 * 850, 06, 94, that's my mobile"): the leftmost start within MAX_VALUE bytes whose reading
 * ends there. */
static bool dictated_phone_before(struct cue_scan *scan, size_t floor, size_t end)
{
    const char *text = scan->text;
    size_t start = end;
    while (start > floor && (isdigit((unsigned char)text[start - 1]) || text[start - 1] == ' '
                             || (text[start - 1] == ',' && text[start] == ' '))) {
        start--;
    }
    COUNT_WORK(end - start);
    for (; start < end; start++) {
        if (isdigit((unsigned char)text[start]) && (start == 0 || !isalnum((unsigned char)text[start - 1]))
            && dictated_phone_length(text, start, end, NULL) == end - start) {
            return emit(scan, CUE_PHONE, start, end);
        }
    }
    return false;
}

/* A value of `wanted` ending at `end` (a cue comes after it): the leftmost start at a
 * word boundary whose span validates. */
static bool value_before(struct cue_scan *scan, unsigned wanted, size_t end)
{
    const char *text = scan->text;
    size_t floor = end > MAX_VALUE ? end - MAX_VALUE : 0;
    for (int kind = 0; kind < CUE_KIND_COUNT; kind++) {
        if (!(wanted & KIND(kind)) || scan->cues->types[kind] == NULL) {
            continue;
        }
        enum value_shape shape = kinds[kind].shape;
        size_t start = end;
        while (start > floor && text[start - 1] != '\n'
               && (value_char(shape, (unsigned char)text[start - 1])
                   || (shape == SHAPE_DATE && (letter((unsigned char)text[start - 1]) || text[start - 1] == ','
                                               || text[start - 1] == '\'' || text[start - 1] == ':')))) {
            start--;
        }
        for (; start < end; start++) {
            if ((start > 0 && isalnum((unsigned char)text[start - 1])) || !isalnum((unsigned char)text[start])) {
                if (text[start] != '+' && text[start] != '(') {
                    continue;
                }
            }
            COUNT_WORK(end - start);
            if (kinds[kind].valid(text + start, end - start)) {
                return emit(scan, (enum cue_kind)kind, start, end);
            }
        }
        if (kind == CUE_PHONE && dictated_phone_before(scan, floor, end)) {
            return true;
        }
    }
    return false;
}

/* ---- keys and labels: "phone": "...", SSN=..., Date of birth: ... ---- */

/* Where the value of an assignment after the label ending at `at` starts, or 0: a quote,
 * '.' or '*' may close the label, then ':' or '=' (or "=>"), spaces, an opening quote. */
static size_t typographic_space_at(const char *text, size_t len, size_t at);

static size_t assigned_value(const char *text, size_t len, size_t at)
{
    if (at < len && text[at] == '<') {
        bool cell;                    /* "<strong>Date of birth</strong>: …", "<td>Telefon</td><td>…" */
        at = markup_tags_skip(text, len, at, &cell);
        if (cell) {
            return at < len ? at : 0;
        }
    }
    size_t limit = len - at < 8 ? len : at + 8;
    for (size_t space; at < limit; at += space) {
        space = typographic_space_at(text, len, at);     /* French's "Tél\u00a0:", "Date de naissance\u202f:" */
        if (space == 0 && (text[at] == '"' || text[at] == '\'' || text[at] == '.' || text[at] == '*'
                           || text[at] == ' ' || text[at] == '\t' || text[at] == ']')) {
            space = 1;
        }
        if (space == 0) {
            break;
        }
    }
    if (at < limit && text[at] == '(') {
        /* "Phone (home):", "Tel (mobil):": a qualifier in parentheses */
        const char *close = memchr(text + at, ')', len - at < 24 ? len - at : 24);
        if (close != NULL) {
            at = (size_t)(close - text) + 1;
            limit = len - at < 8 ? len : at + 8;
            while (at < limit && (text[at] == ' ' || text[at] == '\t')) {
                at++;
            }
        }
    }
    if (at >= limit || (text[at] != ':' && text[at] != '=')) {
        return 0;
    }
    char sign = text[at++];
    if (at < len && (text[at] == sign || (sign == ':' && text[at] == '/'))) {
        return 0;                     /* "::", "==", "phone://" */
    }
    if (sign == '=' && at < len && text[at] == '>') {
        at++;
    }
    limit = len - at < 8 ? len : at + 8;
    /* "birthdate": ["1993-10-02"]: a list of one quoted value (Keycloak's attributes) */
    while (at < limit && (text[at] == ' ' || text[at] == '\t' || text[at] == '"' || text[at] == '\''
                          || text[at] == '*' || text[at] == '`'
                          || (text[at] == '[' && at + 1 < len && (text[at + 1] == '"' || text[at + 1] == '\'')))) {
        at++;
    }
    if (at < len && text[at] == '<') {
        bool cell;                    /* "<b>Geburtsdatum:</b> …" */
        at = markup_tags_skip(text, len, at, &cell);
        while (at < len && (text[at] == ' ' || text[at] == '\t')) {
            at++;
        }
    }
    at += typographic_space_at(text, len, at);
    /* A form's blank filled in: "Date of birth: ____12.03.1985____", "___ 12.03.1985 ___". */
    size_t fill = at;
    while (fill < len && fill - at < MAX_GAP && text[fill] == '_') {
        fill++;
    }
    if (fill > at) {
        at = fill < len && text[fill] == ' ' ? fill + 1 : fill;
    }
    return at < len ? at : 0;
}

/* The length of a no-break space (U+00A0) or a narrow no-break space (U+202F) at `at`, which
 * French typography puts before a colon and inside guillemets; else 0. */
static size_t typographic_space_at(const char *text, size_t len, size_t at)
{
    if (at + 1 < len && (unsigned char)text[at] == 0xc2 && (unsigned char)text[at + 1] == 0xa0) {
        return 2;
    }
    if (at + 2 < len && (unsigned char)text[at] == 0xe2 && (unsigned char)text[at + 1] == 0x80
        && (unsigned char)text[at + 2] == 0xaf) {
        return 3;
    }
    return 0;
}

/* A value wrapped in a call or constructor under its key: birth_date=date.fromisoformat(
 * "1985-03-12"), phone: Phone("0171 …"), dob = LocalDate.parse("…"). Where the quoted
 * argument starts, or 0: the name is read at most MAX_WORD bytes. */
static size_t value_in_call(const char *text, size_t len, size_t at)
{
    size_t limit = len - at > MAX_WORD ? at + MAX_WORD : len;
    size_t name = at;
    while (name < limit && (isalnum((unsigned char)text[name]) || text[name] == '_' || text[name] == '.')) {
        name++;
    }
    COUNT_WORK(name - at);
    if (name == at || name + 2 >= len || text[name] != '(' || (text[name + 1] != '"' && text[name + 1] != '\'')) {
        return 0;
    }
    return name + 2;
}

/* ---- prose: a cue word before or after the value ---- */

/* The first-byte indexes of this file's word lists (word_index.h): made on a list's first
 * look-up; the lists are static and the scrubber runs in one thread per worker process. */
static struct word_index_table cue_word_indexes;

/* The index of `list`; NULL for a list too long to index or a full table. */
static const struct word_index *word_index_of(const char *const *list, size_t count)
{
    struct word_index *index;
    enum word_index_state state = word_index_find(&cue_word_indexes, list, &index);
    if (state == WORD_INDEX_NEW) {
        unsigned char first_bytes[WORD_INDEX_MAX_WORDS];
        for (size_t i = 0; i < count && i < WORD_INDEX_MAX_WORDS; i++) {
            first_bytes[i] = (unsigned char)list[i][0];
        }
        word_index_fill(index, first_bytes, count);
    }
    return state != WORD_INDEX_FULL && index->indexed ? index : NULL;
}

/* Is text[start, end) one of `list` (caseless.h's rule)? An indexed list compares only the
 * words that start with the word's first letter; a list too long to index is read whole. */
static bool word_in(const char *text, size_t start, size_t end, const char *const *list, size_t count)
{
    if (end == start) {
        return false;
    }
    size_t len = end - start;
    const struct word_index *index = word_index_of(list, count);
    if (index == NULL) {
        return caseless_in_list(text + start, len, list, count);
    }
    for (uint64_t candidates = word_index_candidates(index, ascii_fold((unsigned char)text[start])); candidates != 0;
         candidates &= candidates - 1) {
        if (caseless_equals(text + start, len, list[__builtin_ctzll(candidates)])) {
            return true;
        }
    }
    return false;
}

/* Words that may stand between a phone word and the number: "mi móvil es el", "joignable
 * au", "Handy unter", "my phone is". Anything else between them ("mobile app version")
 * asks for the number's national shape. */
static const char *const linking_words[] = {
    "is", "es", "el", "er", "\xc3\xa4r", "ist", "est", "au", "\xc3\xa0", "on", "at", "p\xc3\xa5", "unter", "al",
    "me", "mi", "my", "nr", "no", "number", "nummer", "numero", "n\xc3\xbamero", "num\xc3\xa9ro", "de", "del",
    "la", "le", "lautet", "mitt", "min", "mein", "meine", "mon", "ma", "su", "mich", "mig", "meg", "moi", "us",
    "him", "her", "oss", "uns", "nous", "under",
};

static const char *const verbs[] = {
    "is", "was", "er", "var", "\xc3\xa4r", "ist", "war", "es", "est", "fue", "lautet",
};
static const char *const possessives[] = {
    "my", "our", "his", "her", "their", "the", "mitt", "min", "mine", "v\xc3\xa5rt", "v\xc3\xa5r", "hans", "hennes",
    "meine", "mein", "unsere", "unser", "seine", "sein", "ihre", "ihr", "die", "der", "das", "mi", "mis", "su",
    "nuestro", "nuestra", "el", "la", "mon", "ma", "notre", "son", "sa", "le", "your", "ur", "din", "ditt",
    "dein", "deine", "tu", "ton", "ta", "votre",
};

/* Is everything in [start, end) separators and linking words? */
static bool only_linking(const char *text, size_t start, size_t end)
{
    size_t at = start;
    while (at < end) {
        if (!letter((unsigned char)text[at])) {
            if (strchr(" \t:.#-", text[at]) == NULL) {
                return false;
            }
            at++;
            continue;
        }
        size_t word = at;
        while (at < end && letter((unsigned char)text[at])) {
            at++;
        }
        if (!word_in(text, word, at, linking_words, sizeof linking_words / sizeof linking_words[0])) {
            return false;
        }
    }
    return true;
}

/* "routing no. 0458…", "Tel. Nr. 0171 …": the dot after a word that says "number". */
static bool after_number_word(const char *text, size_t floor, size_t dot)
{
    size_t start = dot;
    char word[8];
    while (start > floor && dot - start < sizeof word && isalpha((unsigned char)text[start - 1])) {
        start--;
    }
    if (start == dot || dot - start >= sizeof word) {
        return false;
    }
    for (size_t i = start; i < dot; i++) {
        word[i - start] = (char)tolower((unsigned char)text[i]);
    }
    return is_number_word(word, dot - start);
}

/* "Har du mobilnummeret til Ingrid? Det er 38 89 33 48": the next sentence opens with
 * "it is" and gives the value. */
static bool answer_follows(const char *text, size_t len, size_t at)
{
    static const char *const answers[] = {
        "det er ", "det \xc3\xa4r ", "it is ", "it's ", "es ist ", "c'est ", "es el ", "es ", "sie lautet ",
    };
    return caseless_list_prefix(text, at, len, answers, sizeof answers / sizeof answers[0]) > 0;
}

/* Words that join a second number to a first: "0171 … oder dienstlich 0151 …", "… or
 * 0161 … during the day", "au 01 … ou au bureau au 05 …", "el 96 … o en la oficina 95 …". */
static const char *const conjunctions[] = {
    "or", "and", "oder", "und", "ou", "et", "o", "y", "eller", "och", "og",
};

/* The walk of another_phone and another_checked_value: from *at, over words, to the next
 * byte that opens a value once a conjunction was read (*joined): a digit (for a phone, a
 * '+' or '(' too) after no letter or digit. True with *at on it; false at the line's or
 * the sentence's end, a '?' or '!', or `limit`. One byte of work a step. */
static bool next_joined_value(const struct cue_scan *scan, size_t *at, size_t limit, bool phone, bool *joined)
{
    const char *text = scan->text;
    while (*at < limit && text[*at] != '\n' && text[*at] != '?' && text[*at] != '!') {
        unsigned char c = (unsigned char)text[*at];
        COUNT_WORK(1);
        if (c == '.' && *at + 1 < scan->len && text[*at + 1] == ' ') {
            return false;             /* the sentence ends */
        }
        if (letter(c)) {
            size_t word = *at;
            while (*at < limit && letter((unsigned char)text[*at])) {
                (*at)++;
            }
            *joined = *joined || word_in(text, word, *at, conjunctions, sizeof conjunctions / sizeof conjunctions[0]);
            continue;
        }
        if (*joined && (isdigit(c) || (phone && (c == '+' || c == '('))) && !isalnum((unsigned char)text[*at - 1])) {
            return true;
        }
        (*at)++;
    }
    return false;
}

/* After a phone found by its cue, one more joined to it by "or"/"oder"/"ou"/… within
 * MAX_GAP bytes on the line: a national grouping. Bounded by the gap. */
static void another_phone(struct cue_scan *scan, size_t at)
{
    size_t limit = scan->len - at < MAX_GAP ? scan->len : at + MAX_GAP;
    bool joined = false;
    while (next_joined_value(scan, &at, limit, true, &joined)) {
        if (value_at(scan, KIND(CUE_PHONE), at, phone_national_spaced_valid)) {
            return;
        }
        at++;
        while (at < limit && isalnum((unsigned char)scan->text[at])) {
            at++;                     /* "after 6pm, or …": not this one */
        }
    }
}

/* After a check-digit value found by its cue, one more of its kind joined to it by a
 * conjunction in the same sentence, within twice MAX_GAP: "Mitt personnummer är 19960720…
 * och min mormor Ebba har 5708088603". Bounded by the gap; the check digit confirms. */
static void another_checked_value(struct cue_scan *scan, enum cue_kind kind, size_t at)
{
    size_t limit = scan->len - at < 2 * MAX_GAP ? scan->len : at + 2 * MAX_GAP;
    bool joined = false;
    if (next_joined_value(scan, &at, limit, false, &joined)) {
        value_at(scan, KIND(kind), at, NULL);
    }
}

/* A label or question whose value is on the next line: "Telefon:\n  91234567", a YAML
 * list under a key ("phones:\n  - 912…\n  - 480…"), a chat's answer ("what's your social
 * again?\n[26/09/2023, 11:25] Noah: 458 63 2627"). The line, after its indent, a list
 * bullet or a chat sender, must hold the value alone. */
/* An OpenAPI or JSON Schema property: "routingNumber:\n  type: string\n  example: \"…\"".
 * Over at most SCHEMA_LINES lines of the property's keywords, where its example, default
 * or value starts; 0 if none. */
enum { SCHEMA_LINES = 5 };

static size_t schema_example(const struct cue_scan *scan, size_t newline)
{
    static const char *const keywords[] = { "type", "format", "description", "title", "pattern", "nullable",
                                            "minlength", "maxlength", "readonly", "writeonly", "deprecated",
                                            "required", "$ref", "enum" };
    static const char *const examples[] = { "example", "default", "value", "const", "x-example" };
    const char *text = scan->text;
    for (int lines = 0; lines < SCHEMA_LINES && newline < scan->len && text[newline] == '\n'; lines++) {
        size_t at = newline + 1, line_end = line_end_from(text, scan->len, at);
        size_t limit = line_end - at > MAX_LINE_PREFIX ? at + MAX_LINE_PREFIX : line_end;
        COUNT_WORK(limit - at);
        while (at < limit && (text[at] == ' ' || text[at] == '\t' || text[at] == '"')) {
            at++;
        }
        size_t key = at;
        while (at < limit && (isalpha((unsigned char)text[at]) || text[at] == '$' || text[at] == '-')) {
            at++;
        }
        size_t key_end = at;
        while (at < limit && text[at] == '"') {
            at++;
        }
        if (at >= limit || text[at] != ':') {
            return 0;
        }
        if (word_in(text, key, key_end, examples, sizeof examples / sizeof examples[0])) {
            at++;
            while (at < limit && (text[at] == ' ' || text[at] == '"' || text[at] == '\'')) {
                at++;
            }
            return at < limit ? at : 0;
        }
        if (!word_in(text, key, key_end, keywords, sizeof keywords / sizeof keywords[0])) {
            return 0;
        }
        newline = line_end;
    }
    return 0;
}

/* A printed form's field label alone on its line [start, end): a few words, no digit or
 * colon, that name a number's kind or a person ("Date of birth", "Full legal name"). */
enum { FORM_LABELS = 6, FORM_LABEL_MAX = 40 };
static enum name_key_kind person_column(const struct cue_scan *scan, size_t start, size_t end);

static bool form_label_line(const struct cue_scan *scan, size_t start, size_t end)
{
    const char *text = scan->text;
    if (end > start && text[end - 1] == '\r') {
        end--;
    }
    if (end <= start || end - start > FORM_LABEL_MAX) {
        return false;
    }
    COUNT_WORK(end - start);
    for (size_t i = start; i < end; i++) {
        if (isdigit((unsigned char)text[i]) || text[i] == ':' || text[i] == '[') {
            return false;
        }
    }
    size_t last_word = end;           /* "Full legal name": its last word names a person */
    while (last_word > start && letter((unsigned char)text[last_word - 1])) {
        last_word--;
    }
    return classify_label(scan->cues, text, start, end, false) != 0 || person_column(scan, start, end) != NAME_KEY_NONE
           || (last_word < end && person_column(scan, last_word, end) != NAME_KEY_NONE);
}

/* A form printed label above label, then value above value in the same order: "Full legal
 * name\nDate of birth\nSocial Security No.\nJane Doe\n1974.05.15\n…". With b labels before
 * the cue's line, its value stands b + 1 lines below the last label. At most
 * FORM_LABELS lines each way and as many down, each read once per cue. */
static bool value_in_stacked_form(struct cue_scan *scan, unsigned wanted, size_t newline)
{
    const char *text = scan->text;
    size_t line = newline, before = 0, after = 0;
    while (line > 0 && text[line - 1] != '\n' && newline - line <= FORM_LABEL_MAX) {
        line--;
    }
    if (!form_label_line(scan, line, newline)) {
        return false;
    }
    for (size_t end = line; before < FORM_LABELS && end > 0 && text[end - 1] == '\n'; before++) {
        size_t start = end - 1;
        while (start > 0 && text[start - 1] != '\n' && end - 1 - start <= FORM_LABEL_MAX) {
            start--;
        }
        if (!form_label_line(scan, start, end - 1)) {
            break;
        }
        end = start;
    }
    size_t at = newline;
    for (; after < FORM_LABELS && at < scan->len && text[at] == '\n'; after++) {
        size_t end = line_end_from(text, scan->len, at + 1);
        if (!form_label_line(scan, at + 1, end)) {
            break;
        }
        at = end;
    }
    if (before + after == 0) {
        return false;
    }
    for (size_t lines = 0; lines < before + 1; lines++) {
        if (at >= scan->len || text[at] != '\n') {
            return false;
        }
        size_t next = line_end_from(text, scan->len, at + 1);
        COUNT_WORK(next - at);
        if (lines < before) {
            at = next;
            continue;
        }
        at++;
        while (at < next && (text[at] == ' ' || text[at] == '\t')) {
            at++;
        }
        return at < next && value_at(scan, wanted, at, NULL);
    }
    return false;
}

static void value_on_next_line(struct cue_scan *scan, unsigned wanted, size_t newline)
{
    const char *text = scan->text;
    if (value_in_stacked_form(scan, wanted, newline)) {
        return;
    }
    size_t example = schema_example(scan, newline);
    if (example > 0) {
        value_at(scan, wanted, example, NULL);
        return;
    }
    for (int items = 0; items < 8 && newline < scan->len && text[newline] == '\n'; items++) {
        size_t at = newline + 1, line_end = line_end_from(text, scan->len, at);
        size_t limit = line_end - at > MAX_LINE_PREFIX ? at + MAX_LINE_PREFIX : line_end;
        COUNT_WORK(limit - at);
        while (at < limit && (text[at] == ' ' || text[at] == '\t')) {
            at++;
        }
        bool bullet = at + 1 < limit && (text[at] == '-' || text[at] == '*') && text[at + 1] == ' ';
        /* a dialogue's dash, as Nordic, French and Spanish prose opens each turn: "– 079, 245, 4480" */
        size_t dash = at + 3 < limit && (unsigned char)text[at] == 0xe2 && (unsigned char)text[at + 1] == 0x80
                              && ((unsigned char)text[at + 2] == 0x93 || (unsigned char)text[at + 2] == 0x94)
                              && text[at + 3] == ' '
                          ? 4
                          : 2;
        bullet = bullet || dash == 4;
        /* redis-cli's numbered replies: 5) "dob" then 6) "1962-01-19" */
        size_t number_end = at;
        while (number_end < limit && number_end - at < 3 && isdigit((unsigned char)text[number_end])) {
            number_end++;
        }
        bool numbered = number_end > at && number_end + 1 < limit && text[number_end] == ')'
                        && text[number_end + 1] == ' ';
        if (numbered) {
            bullet = true;
            at = number_end + 2;
        } else if (bullet) {
            at += dash;
        } else if (items > 0) {
            return;                   /* the list has ended */
        } else if (at < limit && !isdigit((unsigned char)text[at]) && text[at] != '+' && text[at] != '(') {
            /* a chat sender: "[…] Name: " or "Name: " */
            const char *colon = memchr(text + at, ':', limit - at);
            while (colon != NULL && (size_t)(colon - text) + 1 < limit && colon[1] != ' ') {
                colon = memchr(colon + 1, ':', limit - (size_t)(colon + 1 - text));
            }
            if (colon == NULL) {
                return;
            }
            at = (size_t)(colon - text) + 1;
            while (at < limit && text[at] == ' ') {
                at++;
            }
        }
        while (at < line_end && (text[at] == '"' || text[at] == '\'')) {
            at++;
        }
        size_t found = scan->count;
        if (!value_at(scan, wanted, at, NULL)) {
            return;
        }
        size_t end = scan->out[found].end;
        while (end < line_end && strchr(" \t\"',.\r", text[end]) != NULL) {
            end++;
        }
        if (end != line_end) {
            scan->count = found;      /* more on the line: not the value alone */
            return;
        }
        if (!bullet) {
            return;
        }
        newline = line_end;
    }
}

/* Kinds whose validator refuses most numbers (a checksum; an SSN's area, group and serial
 * rules): a value of theirs right before the word that names it needs no verb ("use
 * 021000021 as the routing number", "021000021 (ABA)", "123456789 (SSN)"). */
#define CHECKSUM_KINDS (KIND(CUE_ROUTING) | KIND(CUE_SIN) | KIND(CUE_TAX_ID) | KIND(CUE_NO_FNR) \
                        | KIND(CUE_SE_PERSONNUMMER) | KIND(CUE_SSN))
/* Kinds with a check digit: a cue of theirs may stand a clause away from the value ("the
 * routing number for our Chase branch in NY is 021000021"), twice the gap of the others. */
#define CHECK_DIGIT_KINDS (KIND(CUE_ROUTING) | KIND(CUE_SIN) | KIND(CUE_TAX_ID) | KIND(CUE_NO_FNR) \
                           | KIND(CUE_SE_PERSONNUMMER))

/* "Handy 0171 1234567", "født 12.03.1985", "geboren am 12. März 1985", "SSN 123456789":
 * the value within MAX_GAP bytes of the cue, nothing but words between. A phone with
 * other words between must have a national shape. */
/* Short numbers an SSN cue may be followed by before the value: "SSN (last 4 only!): 3551 —
 * full: 740 47 0320" has two. */
enum { PARTIAL_NUMBERS_MAX = 2 };

static void value_after_cue_from(struct cue_scan *scan, unsigned wanted, size_t at, int partials_left);

/* The number at `at` is four digits or fewer (the last four, a count) and no SSN: the value
 * may come after it. Each call reads at most five bytes, then one gap. */
static void value_after_partial(struct cue_scan *scan, unsigned wanted, size_t at, int partials_left)
{
    size_t run_end = at;
    while (run_end < scan->len && run_end - at <= 4 && isdigit((unsigned char)scan->text[run_end])) {
        run_end++;
    }
    COUNT_WORK(run_end - at);
    if (run_end - at <= 4 && run_end < scan->len && !isdigit((unsigned char)scan->text[run_end])) {
        value_after_cue_from(scan, wanted & KIND(CUE_SSN), run_end, partials_left - 1);
    }
}

/* Is the byte before `at`, blanks skipped (back to `floor`), the colon of a label, and do the
 * label's last three words name no other date ("start date:", "Eintritt:", "date
 * d'embauche :", "fecha de alta:")? Reads back 48 bytes at most. */
static bool birth_label_colon(const char *text, size_t floor, size_t at)
{
    static const char *const other_dates[] = {
        "start", "starts", "started", "end", "hire", "hired", "joined", "expiry", "expires", "due", "invoice",
        "order", "visit", "appointment", "admission", "admitted", "discharge", "discharged", "issue", "issued",
        "delivery", "payment", "signed", "deadline", "slutt", "ansatt", "levering", "betaling", "frist",
        "utl\xc3\xb8p", "innleggelse", "utskrivning", "slut", "anst\xc3\xa4llning", "leverans", "betalning",
        "beginn", "ende", "eintritt", "austritt", "lieferung", "zahlung", "termin", "aufnahme", "entlassung",
        ("d\xc3\xa9" "but"), "fin", "embauche", "livraison", "paiement", ("\xc3\xa9" "ch\xc3\xa9" "ance"),
        ("entr\xc3\xa9" "e"),
        "sortie", "inicio", "alta", "baja", "entrega", "pago", "vencimiento", "ingreso", "cita",
    };
    while (at > floor && (text[at - 1] == ' ' || text[at - 1] == '\t')) {
        at--;
    }
    if (at == floor || text[at - 1] != ':') {
        return false;
    }
    size_t stop = at - floor > 48 ? at - 48 : floor;
    at--;
    for (int words = 0; words < 3 && at > stop; words++) {
        while (at > stop && !letter((unsigned char)text[at - 1])) {
            at--;
        }
        size_t end = at;
        while (at > stop && letter((unsigned char)text[at - 1])) {
            at--;
        }
        if (caseless_in_list(text + at, end - at, other_dates, sizeof other_dates / sizeof other_dates[0])) {
            return false;
        }
    }
    return true;
}

static void value_after_cue(struct cue_scan *scan, unsigned wanted, size_t at)
{
    value_after_cue_from(scan, wanted, at, PARTIAL_NUMBERS_MAX);
}

/* Does a number follow the word ending at `end`, after at most three bytes of " #:."? */
static bool labels_next_number(const char *text, size_t limit, size_t end)
{
    for (size_t at = end; at < limit && at - end <= 3; at++) {
        if (isdigit((unsigned char)text[at])) {
            return true;
        }
        if (strchr(" #:.", text[at]) == NULL) {
            return false;
        }
    }
    return false;
}

static void value_after_cue_from(struct cue_scan *scan, unsigned wanted, size_t at, int partials_left)
{
    const char *text = scan->text;
    /* A birth word a clause before its date's label: "the birth date in the system is wrong:
     * 12.03.1985", "fødselsdatoen står feil, riktig dato: …" — past MAX_GAP only right after a
     * colon (birth_label_colon). */
    bool birth_only = (wanted & KIND_BITS) == KIND(CUE_DATE_OF_BIRTH) && !(wanted & WEAK);
    size_t gap = (wanted & KIND_BITS & ~CHECK_DIGIT_KINDS) == 0 || (wanted & OWNED) || birth_only ? 2 * MAX_GAP
                                                                                              : MAX_GAP;
    /* A record's label padded to its value's column ("Fødselsdato" and 30 blanks): the padding
     * right after the cue counts as one blank of the gap (at most MAX_PADDING of it). */
    size_t padding = 0;
    while (at + padding < scan->len && padding < MAX_PADDING && (text[at + padding] == ' ' || text[at + padding] == '\t')) {
        padding++;
    }
    size_t padded = padding > 1 ? padding - 1 : 0;
    gap += padded;
    size_t limit = scan->len - at < gap ? scan->len : at + gap;
    size_t gap_start = at;
    /* Past MAX_GAP an owned cue's value needs the colon that ends its owner's name. */
    size_t colon_needed_from = (wanted & KIND_BITS & ~CHECK_DIGIT_KINDS) == 0 ? limit : at + MAX_GAP + padded;
    bool colon = false;
    /* "Tel.", "routing no.", "Steuer-IdNr.": a dot after a short word abbreviates it. A
     * word's letters outside ASCII count too: "cumpleaños." ends a sentence, it is not "os." */
    size_t last_word = at;
    while (last_word > 0 && at - last_word <= 4 && letter((unsigned char)text[last_word - 1])) {
        last_word--;
    }
    /* ... and "Routingnr.", "Telefonnr.": a word that ends in "nr" abbreviates "number". */
    bool abbreviation = at - last_word <= 4
                        || (at >= 2 && tolower((unsigned char)text[at - 2]) == 'n'
                            && tolower((unsigned char)text[at - 1]) == 'r');
    for (; at < limit && text[at] != '\n'; at++) {
        unsigned char c = (unsigned char)text[at];
        COUNT_WORK(1);
        colon = colon || (c == ':' && at + 1 < scan->len && text[at + 1] == ' ');
        /* A sentence's end stops the search, but not an abbreviation's dot: "Tel. 0171 …". */
        if ((c == '.' || c == '!' || c == '?') && at + 1 < scan->len && text[at + 1] == ' '
            && !(c == '.' && ((at == gap_start && abbreviation) || after_number_word(text, gap_start, at)
                              || (at > gap_start && text[at - 1] == '.')))      /* "Routing Number ..... " */
            && !answer_follows(text, scan->len, at + 2)
            && !(c == '?' && at + 2 < scan->len && isdigit((unsigned char)text[at + 2]))) {
            return;                   /* "routing number? 021000021": a question its writer answers */
        }
        bool word_start = letter(c) && !letter((unsigned char)text[at - 1]);
        if (word_start && at > gap_start && text[at - 1] == ' ' && text[at - 2] == ',') {
            size_t word_end = at;
            while (word_end < limit && letter((unsigned char)text[word_end])) {
                word_end++;
            }
            if (word_in(text, at, word_end, conjunctions, sizeof conjunctions / sizeof conjunctions[0])) {
                return;               /* "my social, and 023 649 422 is …": a new clause, another value */
            }
        }
        /* Past a weak cue, a word that names another number takes what follows ("numéro de
         * commande 06 12 …"); past a phone's strong cue, such a word labelling the number
         * itself does: "mobile, the ad said listing #5348…" (dev10). */
        bool phone_only = (wanted & KIND_BITS) == KIND(CUE_PHONE);
        if (((wanted & WEAK) || phone_only) && word_start) {
            size_t word_end = at;
            while (word_end < limit && letter((unsigned char)text[word_end])) {
                word_end++;
            }
            COUNT_WORK(word_end - at);
            if (((wanted & WEAK) || labels_next_number(text, limit, word_end))
                && label_names_another_number(text + at, word_end - at)) {
                return;               /* "numéro de commande 06 12 …", "the number of the order": no phone */
            }
        }
        if ((wanted & KIND(CUE_DATE_OF_BIRTH)) && word_start
            && (at < colon_needed_from || (birth_only ? birth_label_colon(text, gap_start, at) : colon))
            && value_at(scan, KIND(CUE_DATE_OF_BIRTH), at, NULL)) {
            return;                   /* "born on March 12, 1985" */
        }
        /* A parenthesis opens a value ("(415) …", "(+47) …") or a remark to read past
         * ("SSN (see attached form): …"). */
        /* '+' between letters or after one is a form's encoded space ("ssn+is+…"), not a sign */
        bool sign = c == '+' && !(at + 1 < scan->len && letter((unsigned char)text[at + 1]))
                    && !letter((unsigned char)text[at - 1]);
        if (isdigit(c) || sign
            || (c == '(' && at + 1 < scan->len && (isdigit((unsigned char)text[at + 1]) || text[at + 1] == '+'))
            || ((wanted & KIND(CUE_PHONE)) && bracketed_area_end(text, scan->len, at) > at)) {
            break;
        }
    }
    if (at < scan->len && text[at] == '\n' && !(wanted & WEAK)) {
        value_on_next_line(scan, wanted & KIND_BITS, at);
        return;
    }
    if (at == limit || at >= scan->len || text[at] == '\n'
        || (at >= colon_needed_from && !(birth_only ? birth_label_colon(text, gap_start, at) : colon))) {
        return;
    }
    if (text[at] == '(' && (wanted & KIND(CUE_DATE_OF_BIRTH))
        && value_at(scan, KIND(CUE_DATE_OF_BIRTH), at + 1, NULL)) {
        return;                       /* "your date of birth (12/03/1985)" */
    }
    /* After a weak cue only a national shape; with other words between cue and number
     * ("rappeler Julien au …") a national grouping; else any length a country uses. */
    bool (*phone_valid)(const char *, size_t) = (wanted & WEAK) ? phone_weak_cue_valid
                                              : !only_linking(text, gap_start, at) ? phone_national_spaced_valid : NULL;
    size_t found = scan->count;
    if (value_at(scan, wanted & KIND_BITS, at, phone_valid)) {
        if (scan->out[found].type == scan->cues->types[CUE_PHONE]) {
            another_phone(scan, scan->out[found].end);
        } else if (scan->out[found].type == scan->cues->types[CUE_SE_PERSONNUMMER]
                   || scan->out[found].type == scan->cues->types[CUE_NO_FNR]) {
            enum cue_kind kind = scan->out[found].type == scan->cues->types[CUE_NO_FNR] ? CUE_NO_FNR
                                                                                      : CUE_SE_PERSONNUMMER;
            another_checked_value(scan, kind, scan->out[found].end);
        }
    } else if ((wanted & KIND(CUE_SSN)) && partials_left > 0) {
        size_t digit = at;
        while (digit < limit && text[digit] != '\n' && !isdigit((unsigned char)text[digit])) {
            digit++;                  /* "(last 4": past the parenthesis to its number */
        }
        COUNT_WORK(digit - at);
        if (digit < limit && isdigit((unsigned char)text[digit])) {
            value_after_partial(scan, wanted, digit, partials_left);
        }
    }
}

/* How many bytes the apostrophe (' or ’) ending just before `at` takes, or 0. */
static size_t apostrophe_before(const char *text, size_t floor, size_t at)
{
    if (at > floor && text[at - 1] == '\'') {
        return 1;
    }
    if (at >= floor + 3 && memcmp(text + at - 3, "\xe2\x80\x99", 3) == 0) {
        return 3;
    }
    return 0;
}

static bool checksum_before_cue(struct cue_scan *scan, unsigned wanted, size_t cue_start)
{
    static const char *const between[] = { "as", "the", "a", "is", "my", "our", "your", "his", "her", "their",
                                           "for", "its", "bank", "bank's" };
    const char *text = scan->text;
    size_t floor = cue_start > MAX_GAP ? cue_start - MAX_GAP : 0;
    size_t at = cue_start;
    for (int words = 0; words <= 3 && at > floor; words++) {
        while (at > floor && strchr(" ,:(-=", text[at - 1]) != NULL && text[at - 1] != '\0') {
            at--;
        }
        if (at == floor || isdigit((unsigned char)text[at - 1])) {
            break;
        }
        size_t end = at;
        while (at > floor && (letter((unsigned char)text[at - 1]) || text[at - 1] == '\'')) {
            at--;
        }
        COUNT_WORK(cue_start - at);
        if (words == 3 || at == end || !word_in(text, at, end, between, sizeof between / sizeof between[0])) {
            return false;
        }
    }
    if (at == 0 || at == floor || !isdigit((unsigned char)text[at - 1])) {
        return false;
    }
    return value_before(scan, wanted, at);
}

/* "am 17. März 1984 in Hamburg geboren", "el 3/5/1980 en Sevilla nacida": a place, one
 * capitalised word after "in", "i", "en" or "à", between a birth date and its cue. Returns
 * where the date would end, or 0. */
static size_t before_birthplace(const char *text, size_t floor, size_t at)
{
    size_t word_end = at;
    while (at > floor && letter((unsigned char)text[at - 1])) {
        at--;
    }
    COUNT_WORK(word_end - at + 1);
    if (at == word_end || !(isupper((unsigned char)text[at]) || (unsigned char)text[at] >= 0x80)) {
        return 0;
    }
    static const char *const prepositions[] = { " in ", " i ", " en ", " \xc3\xa0 " };
    for (size_t i = 0; i < sizeof prepositions / sizeof prepositions[0]; i++) {
        size_t length = strlen(prepositions[i]);
        if (at >= floor + length && memcmp(text + at - length, prepositions[i], length) == 0) {
            at -= length - 1;
            while (at > floor && text[at - 1] == ' ') {
                at--;
            }
            return at > 0 && isdigit((unsigned char)text[at - 1]) ? at : 0;
        }
    }
    return 0;
}

/* "1990-05-03 (date of birth)", "03.05.1990 (Geburtsdatum)", "3/5/90 (DOB)": a label in
 * parentheses right after a date names it. The label's words before the cue word, back to
 * the parenthesis, are letters, dots and spaces (at most 24 bytes). Returns where the date
 * would end, or 0. */
static size_t before_parenthesised_label(const char *text, size_t floor, size_t cue_start)
{
    size_t at = cue_start;
    while (at > floor && cue_start - at < 24
           && (letter((unsigned char)text[at - 1]) || text[at - 1] == ' ' || text[at - 1] == '.')) {
        at--;
    }
    COUNT_WORK(cue_start - at + 1);
    if (at == floor || text[at - 1] != '(') {
        return 0;
    }
    at--;
    while (at > floor && text[at - 1] == ' ') {
        at--;
    }
    return at > 0 && isdigit((unsigned char)text[at - 1]) ? at : 0;
}

/* "415 555 2671 is my phone number", "12345678901 ist meine Steuer-ID", "379764574, c'est
 * mon NAS", "570232063 es mi número de seguro social": a verb, then a possessive (or the
 * label itself), at most five words before the cue. A date of birth may stand right before
 * its cue: "Ich bin am 16.12.1982 geboren". */
/* The word that ends at or before `at` (spaces skipped): its start, *end its end. */
static size_t word_before(const char *text, size_t floor, size_t at, size_t *end)
{
    while (at > floor && text[at - 1] == ' ') {
        at--;
    }
    *end = at;
    /* a hyphen inside joins the word: "Philippa-Jane", "Lie-Nielsen" */
    while (at > floor
           && (letter((unsigned char)text[at - 1])
               || (text[at - 1] == '-' && at < *end && at - 1 > floor && letter((unsigned char)text[at - 2])))) {
        at--;
    }
    COUNT_WORK(*end - at + 1);
    return at;
}

/* Before the verb of "… is my SSN": a pronoun (and an adverb) that takes up the value
 * said first, "26145983006, das ist die Steuer-ID", "7001019368, som alltså är personnumret",
 * "that's my social"; for a birth date also the clause of "20031226 — that's when Anna was
 * born" (a few words of its subject, then its "when"). Returns where the value may end. */
static size_t value_taken_up(const char *text, size_t floor, size_t at, bool birth)
{
    static const char *const when_words[] = {
        "when", "n\xc3\xa4r", "da", "d\xc3\xa5", "quand", "cuando", "als", "wann", "day",
    };
    static const char *const taking_up[] = {
        "das", "dies", "som", "det", "that", "which", "this", "it", "what", "esto", "eso", "que",
        "ce", "cela", "also", "allts\xc3\xa5", "alts\xc3\xa5", "alltsa",
    };
    size_t end, start, probe = at;
    for (int words = 0; birth && words < 5; words++) {
        start = word_before(text, floor, probe, &end);
        if (start == end) {
            break;
        }
        if (word_in(text, start, end, when_words, sizeof when_words / sizeof when_words[0])) {
            at = start;
            break;
        }
        probe = start;
    }
    for (int words = 0; words < 2; words++) {
        start = word_before(text, floor, at, &end);
        size_t quote = apostrophe_before(text, floor, start);
        if (end - start == 1 && (text[start] == 's' || text[start] == 'S') && quote > 0) {
            start = word_before(text, floor, start - quote, &end);     /* "that's", "it’s" */
        }
        if (start == end || !word_in(text, start, end, taking_up, sizeof taking_up / sizeof taking_up[0])) {
            break;
        }
        at = start;
    }
    return at;
}

static void value_before_cue(struct cue_scan *scan, unsigned wanted, size_t cue_start)
{
    const char *text = scan->text;
    if (wanted & WEAK) {
        return;                       /* "12345678 is the number": nothing says whose */
    }
    if ((wanted & CHECKSUM_KINDS) && checksum_before_cue(scan, wanted & CHECKSUM_KINDS, cue_start)) {
        return;
    }
    size_t floor = cue_start > 2 * MAX_GAP ? cue_start - 2 * MAX_GAP : 0;
    size_t at = cue_start;
    while (at > floor && text[at - 1] == ' ') {
        at--;
    }
    if (wanted & KIND(CUE_DATE_OF_BIRTH)) {
        size_t date_end = before_parenthesised_label(text, floor, cue_start);
        if (date_end > 0 && value_before(scan, KIND(CUE_DATE_OF_BIRTH), date_end)) {
            return;
        }
    }
    if ((wanted & KIND(CUE_DATE_OF_BIRTH)) && at < cue_start && at > 0) {
        size_t date_end = isdigit((unsigned char)text[at - 1]) ? at : before_birthplace(text, floor, at);
        if (date_end > 0 && value_before(scan, KIND(CUE_DATE_OF_BIRTH), date_end)) {
            return;
        }
    }
    /* "Könnten Sie mich unter 0170 6886 5353 zurückrufen?": a number in its national
     * grouping right before a word that asks for a call. */
    /* "650273335 (móvil)", "0171 2345678 (Handy)": the number, then the name of its line in
     * parentheses (census round 3). */
    size_t number_end = at;
    if ((wanted & KIND(CUE_PHONE)) && number_end > floor && text[number_end - 1] == '(') {
        number_end--;
        while (number_end > floor && text[number_end - 1] == ' ') {
            number_end--;
        }
    }
    size_t found = scan->count;
    if ((wanted & KIND(CUE_PHONE)) && number_end < cue_start && number_end > 0
        && isdigit((unsigned char)text[number_end - 1]) && value_before(scan, KIND(CUE_PHONE), number_end)) {
        if (phone_national_spaced_valid(text + scan->out[found].start, scan->out[found].end - scan->out[found].start)) {
            return;
        }
        scan->count = found;
    }
    at = cue_start;
    size_t after_start = cue_start, after_end = cue_start;     /* the word after the current one */
    bool verb = false, after_owner = false;
    for (int words = 0; words < 5 && !verb; words++) {
        while (at > floor && (text[at - 1] == ' ' || text[at - 1] == ',')) {
            at--;
        }
        size_t end = at;
        while (at > floor && letter((unsigned char)text[at - 1])) {
            at--;
        }
        COUNT_WORK(end - at + 1);
        if (at == end) {
            return;
        }
        /* "that's my social", "is the bank's ABA": a word with 's is "is" after a pronoun,
         * else an owner, which stands where a possessive would. */
        size_t quote = apostrophe_before(text, floor, at);
        bool owner_s = false;
        if (quote > 0 && end - at == 1 && (text[at] == 's' || text[at] == 'S')) {
            size_t base_end = at - quote;
            at = base_end;
            while (at > floor && letter((unsigned char)text[at - 1])) {
                at--;
            }
            static const char *const pronouns[] = { "that", "it", "this", "here", "what", "he", "she", "there" };
            if (!word_in(text, at, base_end, pronouns, sizeof pronouns / sizeof pronouns[0])) {
                owner_s = true;
            } else if (after_start == cue_start
                       || word_in(text, after_start, after_end, possessives,
                                  sizeof possessives / sizeof possessives[0])) {
                verb = true;
                break;
            }
        }
        verb = !owner_s && word_in(text, at, end, verbs, sizeof verbs / sizeof verbs[0])
               && (after_start == cue_start
                   || word_in(text, after_start, after_end, possessives, sizeof possessives / sizeof possessives[0])
                   || after_owner);
        /* "… är bankens routingnummer", "… ist Annas Steuer-ID": a genitive without an
         * apostrophe owns the cue as a possessive would. */
        after_owner = owner_s || (end - at >= 4 && text[end - 1] == 's' && !verb);
        after_start = at;
        after_end = end;
    }
    if (!verb) {
        return;
    }
    at = value_taken_up(text, floor, at, (wanted & KIND(CUE_DATE_OF_BIRTH)) != 0);
    if (at >= 2 && (text[at - 1] == '\'' && (text[at - 2] == 'c' || text[at - 2] == 'C'))) {
        at -= 2;                      /* c'est */
    } else if (at >= 4 && memcmp(text + at - 3, "\xe2\x80\x99", 3) == 0
               && (text[at - 4] == 'c' || text[at - 4] == 'C')) {
        at -= 4;                      /* c’est */
    }
    /* "111778775 — that's my social", "…, c'est mon NAS", "(… is my phone)" */
    for (size_t dashes = 0; at > floor && dashes < 8; dashes++) {
        if (text[at - 1] == ' ' || text[at - 1] == ',' || text[at - 1] == '(' || text[at - 1] == '-'
            || text[at - 1] == ':') {
            at--;
        } else if (at >= 3 && (unsigned char)text[at - 3] == 0xe2 && (unsigned char)text[at - 2] == 0x80
                   && ((unsigned char)text[at - 1] == 0x93 || (unsigned char)text[at - 1] == 0x94)) {
            at -= 3;                  /* – or — */
        } else {
            break;
        }
    }
    if (at == 0 || !isalnum((unsigned char)text[at - 1])) {
        return;
    }
    value_before(scan, wanted, at);
}

/* ---- tables: a header row names the columns, each row's cell is checked ---- */

static char separator_of(const char *text, size_t start, size_t end)
{
    static const char separators[] = { '|', '\t', ',', ';' };
    for (size_t i = 0; i < sizeof separators; i++) {
        if (memchr(text + start, separators[i], end - start) != NULL) {
            return separators[i];
        }
    }
    return 0;
}

/* The next cell of a line at *at, trimmed of spaces and quotes: [start, end). A quoted CSV
 * cell runs to its closing quote. Moves *at past the cell's separator. */
static void next_cell(const char *text, size_t line_end, char separator, size_t *at, size_t *start, size_t *end)
{
    size_t i = *at;
    while (i < line_end && (text[i] == ' ' || text[i] == '\t') && text[i] != separator) {
        i++;
    }
    if (i < line_end && text[i] == '"') {
        const char *close = memchr(text + i + 1, '"', line_end - i - 1);
        *start = i + 1;
        *end = close != NULL ? (size_t)(close - text) : line_end;
        i = close != NULL ? *end + 1 : line_end;
        while (i < line_end && text[i] != separator) {
            i++;
        }
    } else {
        *start = i;
        while (i < line_end && text[i] != separator) {
            i++;
        }
        *end = i;
        while (*end > *start && (text[*end - 1] == ' ' || text[*end - 1] == '\t' || text[*end - 1] == '\r')) {
            (*end)--;
        }
    }
    *at = i < line_end ? i + 1 : line_end;
}

/* A table aligned with blanks (pandas' and R's printouts, kubectl get, docker ps, fixed-width
 * reports): no separator character, its cells end at two blanks or a tab. */
#define BLANK_ALIGNED ' '

/* Does [start, end) hold text, two blanks or more, then text again? */
/* The first of two blanks in a row in [at, end), or end: what memmem(..., "  ", 2) finds,
 * sixteen bytes a step (prose lines with a cue word are each searched once). */
static size_t double_blank(const char *text, size_t at, size_t end)
{
#ifdef __SSE2__
    const __m128i blank = _mm_set1_epi8(' ');
    for (; at + 17 <= end; at += 16) {
        __m128i here = _mm_loadu_si128((const __m128i *)(const void *)(text + at));
        __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(text + at + 1));
        int pairs = _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(here, blank), _mm_cmpeq_epi8(next, blank)));
        if (pairs != 0) {
            return at + (size_t)__builtin_ctz((unsigned)pairs);
        }
    }
#endif
    for (; at + 1 < end; at++) {
        if (text[at] == ' ' && text[at + 1] == ' ') {
            return at;
        }
    }
    return end;
}

static bool has_blank_gap(const char *text, size_t start, size_t end)
{
    size_t at = start;
    while (at < end && (text[at] == ' ' || text[at] == '\t')) {
        at++;                         /* an indent is no gap */
    }
    size_t gap = double_blank(text, at, end);
    if (gap == end) {
        return false;
    }
    size_t after = gap + 2;
    while (after < end && text[after] == ' ') {
        after++;
    }
    return after < end && text[after] != '\r';
}

/* The next cell of a blank-aligned line at *at: [start, end), up to two blanks or a tab. */
static void next_aligned_cell(const char *text, size_t line_end, size_t *at, size_t *start, size_t *end)
{
    size_t i = *at;
    while (i < line_end && (text[i] == ' ' || text[i] == '\t')) {
        i++;
    }
    *start = i;
    while (i < line_end && text[i] != '\t' && text[i] != '\r' && !(text[i] == ' ' && i + 1 < line_end
                                                                      && text[i + 1] == ' ')) {
        i++;
    }
    *end = i;
    while (*end > *start && text[*end - 1] == ' ') {
        (*end)--;
    }
    /* A '\r' ends no cell and starts none: step over it, or the caller would not move on. */
    *at = i == *at && i < line_end ? i + 1 : i;
}

static void next_table_cell(const char *text, size_t line_end, char separator, size_t *at, size_t *start,
                            size_t *end)
{
    if (separator == BLANK_ALIGNED) {
        next_aligned_cell(text, line_end, at, start, end);
    } else {
        next_cell(text, line_end, separator, at, start, end);
    }
}

/* How many cells a blank-aligned row has: a row with one more than its header starts with
 * an index the header leaves blank (pandas: "17   Ola Nordmann   412 34 567"). */
static size_t aligned_cell_count(const char *text, size_t start, size_t end)
{
    size_t count = 0, at = start;
    while (at < end && count <= MAX_COLUMNS) {
        size_t cell_start, cell_end;
        next_aligned_cell(text, end, &at, &cell_start, &cell_end);
        count += cell_end > cell_start;
    }
    return count;
}

/* "----+------", "|---|:---:|": the rule under a psql or markdown header. */
static bool is_rule_line(const char *text, size_t start, size_t end)
{
    bool dash = false;
    for (size_t i = start; i < end; i++) {
        if (strchr("-+|:= \t\r", text[i]) == NULL) {
            return false;
        }
        dash = dash || text[i] == '-';
    }
    return dash;
}

/* A header cell is a short label: four words at most, of letters, a digit or two, and
 * what names are joined with ("Phone Number", "birth_date", "tel (mobil)", "Date d'entrée"). */
static bool label_like(const char *text, size_t start, size_t end)
{
    if (end == start || end - start > MAX_WORD) {
        return false;
    }
    size_t spaces = 0, digits = 0;
    for (size_t i = start; i < end; i++) {
        unsigned char c = (unsigned char)text[i];
        if (!key_char(c) && c != ' ' && c != '.' && c != '#' && c != '/' && c != '(' && c != ')' && c != '\'') {
            return false;
        }
        spaces += c == ' ';
        digits = isdigit(c) ? digits + 1 : 0;
        if (spaces > 3 || digits > 2) {
            return false;
        }
    }
    return true;
}

/* The cell [start, end) under a column of `wanted`: the whole cell is the value. */
static void check_cell(struct cue_scan *scan, unsigned wanted, size_t start, size_t end)
{
    const char *text = scan->text;
    if (end - start > MAX_VALUE) {
        return;
    }
    for (int kind = 0; kind < CUE_KIND_COUNT; kind++) {
        if (!(wanted & KIND(kind)) || scan->cues->types[kind] == NULL) {
            continue;
        }
        if (kinds[kind].shape == SHAPE_DATE) {
            size_t date = date_length(text + start, end - start);
            if (date > 0 && (start + date == end || !isalnum((unsigned char)text[start + date])
                             || text[start + date] == 'T')) {
                emit(scan, (enum cue_kind)kind, start, start + date);
                return;
            }
        } else if (kinds[kind].valid(text + start, end - start)
                   && !(kind == CUE_PHONE && (wanted & WEAK)
                        && !phone_weak_cue_valid(text + start, end - start))) {
            emit(scan, (enum cue_kind)kind, start, end);
            return;
        }
    }
}

/* What a header cell says of persons, when names are on. */
static enum name_key_kind person_column(const struct cue_scan *scan, size_t start, size_t end)
{
    return scan->cues->names != NULL ? names_key_kind(scan->text + start, end - start) : NAME_KEY_NONE;
}

/* A cell under a column that names a person: masked whole if it reads as a name. */
static void check_person_cell(struct cue_scan *scan, enum name_key_kind kind, size_t start, size_t end)
{
    if (kind == NAME_KEY_NONE || end - start > 2 * MAX_WORD || scan->count == scan->max) {
        return;
    }
    COUNT_WORK(end - start);
    if (names_value_is_person(scan->cues->names, scan->text + start, end - start, kind)) {
        scan->out[scan->count++] = (struct candidate){ start, end, scan->cues->person };
    }
}

/* One cell of a SQL tuple at *at: a quoted string ('' inside it is a quote) or a bare
 * word, up to ',' or ')'. Sets [start, end) and moves *at past it; false at a malformed
 * cell. */
static bool next_sql_cell(const char *text, size_t len, size_t *at, size_t *start, size_t *end)
{
    size_t i = *at;
    while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) {
        i++;
    }
    len = len - i > MAX_SQL_CELL ? i + MAX_SQL_CELL : len;     /* a longer cell ends the statement */
    if (i < len && text[i] == '\'') {
        *start = ++i;
        while (i < len && !(text[i] == '\'' && (i + 1 >= len || text[i + 1] != '\''))) {
            i += text[i] == '\'' ? 2 : 1;
        }
        if (i >= len) {
            return false;
        }
        *end = i++;
    } else {
        *start = i;
        while (i < len && text[i] != ',' && text[i] != ')' && text[i] != '\n') {
            i++;
        }
        *end = i;
        while (*end > *start && text[*end - 1] == ' ') {
            (*end)--;
        }
    }
    while (i < len && text[i] == ' ') {
        i++;
    }
    *at = i;
    return i < len && (text[i] == ',' || text[i] == ')');
}

/* pg_dump's "COPY public.users (id, full_name, phone, date_of_birth) FROM stdin;": the rows
 * follow, one a line, cells split by tabs, up to the line "\.". Returns where they end.
 * Each byte once. */
static size_t read_copy_rows(struct cue_scan *scan, const unsigned *columns, const enum name_key_kind *persons,
                             size_t column_count, size_t header_end)
{
    const char *text = scan->text;
    size_t row = header_end < scan->len ? header_end + 1 : header_end;
    size_t table_end = header_end;
    while (row < scan->len && !(text[row] == '\\' && row + 1 < scan->len && text[row + 1] == '.')) {
        size_t row_end = line_end_from(text, scan->len, row);
        COUNT_WORK(row_end - row + 1);
        if (memchr(text + row, '\t', row_end - row) == NULL) {
            break;                    /* not a row of the dump */
        }
        size_t at = row;
        for (size_t column = 0; column < column_count && at <= row_end; column++) {
            const char *tab = memchr(text + at, '\t', row_end - at);
            size_t end = tab != NULL ? (size_t)(tab - text) : row_end;
            if (columns[column] && end > at) {
                check_cell(scan, columns[column], at, end);
            } else if (persons[column] != NAME_KEY_NONE && end > at) {
                check_person_cell(scan, persons[column], at, end);
            }
            at = end + 1;
        }
        table_end = row_end;
        row = row_end < scan->len ? row_end + 1 : row_end;
    }
    return table_end;
}

/* "INSERT INTO t (first_name, phone, birth_date) VALUES ('Ola', '912 34 567', '1985-03-12'),
 * (…);": the column list names the columns, each tuple's cell is checked. The line holding
 * a cue word must hold the column list; the tuples may follow on the next lines. Returns
 * where the statement's tuples end, or 0 if this is no such statement. Each byte once. */
static bool key_names_secret(const struct column_cues *cues, const char *key, size_t key_len);
static void check_secret_cell(struct cue_scan *scan, size_t start, size_t end);

static size_t read_sql_insert(struct cue_scan *scan, size_t line_start, size_t line_end)
{
    const char *text = scan->text;
    const char *open = memchr(text + line_start, '(', line_end - line_start);
    if (open == NULL || line_end - line_start > MAX_LINE) {
        return 0;
    }
    unsigned columns[MAX_COLUMNS];
    bool secrets[MAX_COLUMNS];        /* "INSERT INTO users (name, password) VALUES (…)" */
    enum name_key_kind persons[MAX_COLUMNS];
    size_t cell_starts[MAX_COLUMNS], cell_ends[MAX_COLUMNS];
    size_t column_count = 0, at = (size_t)(open - text) + 1;
    bool named = false;
    COUNT_WORK(2 * (line_end - line_start));
    while (at < line_end && column_count < MAX_COLUMNS) {
        size_t start = at;
        while (at < line_end && text[at] != ',' && text[at] != ')') {
            at++;
        }
        size_t end = at;
        while (start < end && strchr(" \t`\"[", text[start]) != NULL) {
            start++;
        }
        while (end > start && strchr(" \t`\"]", text[end - 1]) != NULL) {
            end--;
        }
        if (at == line_end || !label_like(text, start, end)) {
            return 0;
        }
        cell_starts[column_count] = start;
        cell_ends[column_count++] = end;
        if (text[at++] == ')') {
            break;
        }
    }
    while (at < scan->len && (text[at] == ' ' || text[at] == '\n' || text[at] == '\r' || text[at] == '\t')) {
        at++;
    }
    bool copy = at + 10 <= scan->len && strncasecmp(text + at, "from stdin", 10) == 0;
    if (!copy && (at + 6 > scan->len || strncasecmp(text + at, "values", 6) != 0)) {
        return 0;                     /* "(most recent call last)": no statement, its words not classified */
    }
    for (size_t column = 0; column < column_count; column++) {
        size_t start = cell_starts[column], end = cell_ends[column];
        columns[column] = classify_label(scan->cues, text, start, end, false);
        secrets[column] = columns[column] == 0 && scan->cues->secret != NULL && !copy
                          && key_names_secret(scan->cues, text + start, end - start);
        named = named || columns[column] != 0 || secrets[column];
        persons[column] = columns[column] == 0 && !secrets[column] ? person_column(scan, start, end) : NAME_KEY_NONE;
    }
    if (named && copy) {
        return read_copy_rows(scan, columns, persons, column_count, line_end_from(text, scan->len, at));
    }
    if (!named || copy) {
        return 0;
    }
    at += 6;
    size_t statement_end = at, tuples = 0;
    for (;;) {
        size_t tuple = at;
        while (tuple < scan->len && strchr(" \t\r\n,", text[tuple]) != NULL) {
            tuple++;
        }
        if (tuple >= scan->len || text[tuple] != '(') {
            break;
        }
        at = tuple + 1;
        for (size_t column = 0; column < column_count; column++) {
            size_t start, end, before = at;
            bool ok = next_sql_cell(text, scan->len, &at, &start, &end);
            COUNT_WORK(at - before + 1);
            if (!ok) {
                return tuples > 0 ? statement_end : 0;
            }
            if (columns[column] && end > start) {
                check_cell(scan, columns[column], start, end);
            } else if (secrets[column] && end > start) {
                check_secret_cell(scan, start, end);
            } else if (persons[column] != NAME_KEY_NONE && end > start) {
                check_person_cell(scan, persons[column], start, end);
            }
            if (text[at++] == ')') {
                break;
            }
        }
        statement_end = at;
        tuples++;
    }
    return tuples > 0 ? statement_end : 0;
}

static bool keyed_secret(const char *text, size_t len);

/* A cell under a column that names a secret ("password", "api_key", "token"): the
 * secret when it looks made, as under a key of parsed JSON. */
static void check_secret_cell(struct cue_scan *scan, size_t start, size_t end)
{
    COUNT_WORK(end - start);
    if (scan->count < scan->max && keyed_secret(scan->text + start, end - start)) {
        scan->out[scan->count++] = (struct candidate){ start, end, scan->cues->secret };
        scan->done_to = end > scan->done_to ? end : scan->done_to;
    }
}

static size_t read_table_by(struct cue_scan *scan, size_t line_start, size_t line_end, char separator);

/* A header whose cells only slashes part, as airlines' passenger lists (APIS) write them: three
 * slashes at least, no blank, nothing of a path or a URL (no leading slash, no '.', ':', '=').
 * Rows are read like any table's, each cell checked as its column's kind. */
static bool slash_header(const char *text, size_t start, size_t end)
{
    if (end - start > MAX_LINE || text[start] == '/') {
        return false;
    }
    size_t slashes = 0;
    for (size_t i = start; i < end; i++) {
        if (text[i] == ' ' || text[i] == '.' || text[i] == ':' || text[i] == '=') {
            return false;
        }
        slashes += text[i] == '/';
    }
    return slashes >= 3;
}

/* The line [line_start, line_end) holds a cue word: if it is a table's header, read the
 * table's rows and return where the table ends; 0 if it is no header. */
static size_t read_table(struct cue_scan *scan, size_t line_start, size_t line_end)
{
    const char *text = scan->text;
    char separator = separator_of(text, line_start, line_end);
    bool blank_gap = has_blank_gap(text, line_start, line_end);
    if (separator == 0 && blank_gap) {
        separator = BLANK_ALIGNED;
    }
    if (separator == 0 && slash_header(text, line_start, line_end)) {
        separator = '/';              /* "SURNAME/GIVEN/DOB/SEX/NAT/DOC/DOCNO/EXP": an APIS list's header */
    }
    if (separator == 0 || line_end - line_start > MAX_LINE) {
        return 0;
    }
    size_t table_end = read_table_by(scan, line_start, line_end, separator);
    if (table_end == 0 && separator == ',' && blank_gap) {
        /* "Name, Vorname          Geburtsdatum        Steuer-ID": columns aligned by blanks
         * whose header holds a comma (the same bytes read twice at most) */
        table_end = read_table_by(scan, line_start, line_end, BLANK_ALIGNED);
    }
    return table_end;
}

static size_t read_table_by(struct cue_scan *scan, size_t line_start, size_t line_end, char separator)
{
    const char *text = scan->text;
    COUNT_WORK(4 * (line_end - line_start));
    unsigned columns[MAX_COLUMNS];
    enum name_key_kind persons[MAX_COLUMNS];
    bool secrets[MAX_COLUMNS];
    signed char date_parts[MAX_COLUMNS];      /* a birth date's Day / Month / Year columns: 0, 1, 2 */
    size_t column_count = 0, at = line_start;
    bool named = false, birth_column = false;
    int parts_seen = 0;
    while (at < line_end && column_count < MAX_COLUMNS) {
        size_t start, end;
        next_table_cell(text, line_end, separator, &at, &start, &end);
        if (separator == BLANK_ALIGNED && end == start) {
            break;                    /* the blanks that end the line */
        }
        /* "\"birthdate\": [\"…\"], …": a quoted key with its value after it is JSON, not a
         * quoted header cell (the cell's bytes read once more) */
        for (size_t after = end + 1; separator != BLANK_ALIGNED && start > line_start && text[start - 1] == '"'
                                     && after < line_end && text[after] != separator; after++) {
            if (text[after] != ' ' && text[after] != '\t' && text[after] != '\r') {
                return 0;
            }
        }
        columns[column_count] = 0;
        persons[column_count] = NAME_KEY_NONE;
        secrets[column_count] = false;
        date_parts[column_count] = -1;
        if (end > start) {
            /* "Name, Vorname": in blank-aligned columns a header cell may join two labels */
            const char *comma = separator == BLANK_ALIGNED ? memchr(text + start, ',', end - start) : NULL;
            bool joined = comma != NULL && label_like(text, start, (size_t)(comma - text))
                          && (size_t)(comma - text) + 2 < end && comma[1] == ' '
                          && label_like(text, (size_t)(comma - text) + 2, end);
            if (!joined && !label_like(text, start, end)) {
                return 0;             /* prose with a comma, not a header */
            }
            columns[column_count] = classify_label(scan->cues, text, start, end, false);
            secrets[column_count] = columns[column_count] == 0 && scan->cues->secret != NULL
                                    && key_names_secret(scan->cues, text + start, end - start);
            named = named || columns[column_count] != 0 || secrets[column_count];
            if (columns[column_count] == 0 && !secrets[column_count]) {
                persons[column_count] = person_column(scan, start, end);
                date_parts[column_count] = (signed char)birth_date_field_word(text, start, end);
                parts_seen |= date_parts[column_count] >= 0 ? 1 << date_parts[column_count] : 0;
            }
            birth_column = birth_column || (columns[column_count] & KIND(CUE_DATE_OF_BIRTH));
        }
        column_count++;
    }
    if (!named || column_count < 2) {
        return 0;
    }
    size_t row = line_end < scan->len ? line_end + 1 : line_end;
    size_t table_end = line_end, rows = 0;
    while (row < scan->len) {
        size_t row_end = line_end_from(text, scan->len, row);
        COUNT_WORK(2 * (row_end - row) + 1);
        bool rule = is_rule_line(text, row, row_end);
        bool aligned = separator == BLANK_ALIGNED;
        if (row_end == row
            || (!rule && (aligned ? !has_blank_gap(text, row, row_end)
                                  : memchr(text + row, separator, row_end - row) == NULL))) {
            break;
        }
        table_end = row_end;
        if (!rule) {
            rows++;
            size_t cell = row;
            if (aligned && aligned_cell_count(text, row, row_end) == column_count + 1) {
                size_t index_start, index_end;
                next_aligned_cell(text, row_end, &cell, &index_start, &index_end);
            }
            size_t part_spans[2 * BIRTH_DATE_FIELDS] = { 0 };
            for (size_t column = 0; column < column_count && cell < row_end; column++) {
                size_t start, end;
                next_table_cell(text, row_end, separator, &cell, &start, &end);
                if (date_parts[column] >= 0) {
                    part_spans[2 * date_parts[column]] = start;
                    part_spans[2 * date_parts[column] + 1] = end;
                }
                if (columns[column] && end > start) {
                    check_cell(scan, columns[column], start, end);
                } else if (secrets[column] && end > start) {
                    check_secret_cell(scan, start, end);
                } else if (persons[column] != NAME_KEY_NONE && end > start) {
                    check_person_cell(scan, persons[column], start, end);
                }
            }
            /* "| Date of birth | Day | Month | Year |": the three cells under the birth date's
             * parts, each masked when together they make a date */
            if (birth_column && parts_seen == 7 && birth_date_fields_valid(text, part_spans)) {
                emit(scan, CUE_DATE_OF_BIRTH, part_spans[0], part_spans[1]);
                emit(scan, CUE_DATE_OF_BIRTH, part_spans[2], part_spans[3]);
                emit(scan, CUE_DATE_OF_BIRTH, part_spans[4], part_spans[5]);
            }
        }
        row = row_end + 1;
    }
    return rows > 0 ? table_end : 0;          /* no row: a list in prose, not a header */
}

/* Keep track of where the line holding `at` starts: matches come in text order, so the
 * text is searched for newlines once in all. */
static size_t line_start_of(struct cue_scan *scan, size_t at)
{
    if (at > scan->lines_to) {
        /* The last newline since the last look, found by memrchr: each byte read once. */
        const char *newline = memrchr(scan->text + scan->lines_to, '\n', at - scan->lines_to);
        COUNT_WORK(newline != NULL ? at - (size_t)(newline - scan->text) : at - scan->lines_to);
        if (newline != NULL) {
            scan->line_start = (size_t)(newline - scan->text) + 1;
        }
        scan->lines_to = at;
    }
    return scan->line_start;
}

/* ---- one cue word ---- */

/* The cue word around `at`: [*start, *end) over key_char, false if longer than a word. */
static bool word_around(const char *text, size_t len, size_t at, size_t *start, size_t *end)
{
    size_t floor = at > MAX_WORD ? at - MAX_WORD : 0;
    size_t ceiling = len - at > MAX_WORD ? at + MAX_WORD : len;
    *start = at;
    while (*start > floor && key_char((unsigned char)text[*start - 1])) {
        (*start)--;
    }
    *end = at;
    while (*end < ceiling && key_char((unsigned char)text[*end])
           && ((unsigned char)text[*end] < 0xc2 || typographic_space_at(text, len, *end) == 0)) {
        (*end)++;                     /* "Tél\u00a0:": the no-break space ends the word */
    }
    COUNT_WORK(*end - *start);
    return !(*start == floor && floor > 0) && !(*end == ceiling && ceiling < len) && *end > *start;
}

/* The word before [start, ..) on the same line, one space between: its start, or `start`. */
static size_t previous_word(const char *text, size_t start)
{
    if (start < 2 || text[start - 1] != ' ' || !letter((unsigned char)text[start - 2])) {
        return start;
    }
    size_t previous = start - 1;
    while (previous > 0 && start - previous < MAX_WORD && key_char((unsigned char)text[previous - 1])) {
        previous--;
    }
    return previous;
}

/* The kinds a label names: from the cue word, or from the word before it ("Tax ID",
 * "seguro social"). */
static unsigned classify_around(struct cue_scan *scan, size_t word_start, size_t end, bool prose)
{
    unsigned found = classify_cached(scan, word_start, end, prose);
    size_t previous = previous_word(scan->text, word_start);
    if (found == 0 && previous < word_start) {
        found = classify_cached(scan, previous, end, prose);
    }
    return found;
}

/* Where the first digit at or after `at` stands (len if none). Cue words come in text
 * order: the answer for one serves every later query up to it, so the text is read once. */
static size_t digit_after(struct cue_scan *scan, size_t at)
{
    if (at <= scan->next_digit && at >= scan->next_digit_asked) {
        return scan->next_digit;
    }
    size_t i = pattern_next_digit(scan->text, scan->len, at);
    COUNT_WORK(i - at);
    scan->next_digit_asked = at;
    scan->next_digit = i;
    return i;
}

/* Where the last digit before `at` stands, +1 (0 if none); read forward once in all. */
static size_t digit_before(struct cue_scan *scan, size_t at)
{
    if (at < scan->digits_read_to) {          /* behind what was read: look back a little */
        size_t floor = at > 2 * MAX_GAP ? at - 2 * MAX_GAP : 0;
        for (size_t i = at; i > floor; i--) {
            COUNT_WORK(1);
            if (isdigit((unsigned char)scan->text[i - 1])) {
                return i;
            }
        }
        return 0;
    }
    COUNT_WORK(at > scan->digits_read_to ? at - scan->digits_read_to : 0);
    if (at > scan->digits_read_to) {
        /* From `at` back to the last digit, sixteen bytes at a time: each byte once in all. */
        size_t from = scan->digits_read_to;
        size_t last = last_digit_end(scan->text + from, at - from);
        if (last > 0) {
            scan->last_digit = from + last;
        }
        scan->digits_read_to = at;
    }
    return scan->last_digit <= at ? scan->last_digit : 0;
}

/* A label may run on over a few words after its cue word: "Social Security Number:",
 * "Date of birth:", "routing no.". Returns how many ends, the cue word's own first. */
static size_t label_ends_after(const char *text, size_t len, size_t word_start, size_t word_end, size_t *ends)
{
    size_t count = 0;
    ends[count++] = word_end;
    for (size_t end = word_end; count <= MAX_LABEL_WORDS;) {
        if (end + 1 >= len || text[end] != ' ' || !letter((unsigned char)text[end + 1])
            || end - word_start > MAX_WORD) {
            break;
        }
        end++;
        while (end < len && key_char((unsigned char)text[end])) {
            end++;
        }
        ends[count++] = end;
    }
    return count;
}

/* The labels classify_prose asks of one cue word share their words: the cue word with one
 * to three words after it, each with and without the word before it, eight labels in all.
 * Their widest span is split into lowercase words once, and each label is classified over
 * its words just as classify_label would over its bytes (the same words, the last MAX_KEPT
 * of them, the same lookups in the same order), each joined name looked up once. */
enum { SPAN_WORDS = 12 };
struct label_span {
    char text[SPAN_WORDS][MAX_WORD];
    size_t len[SPAN_WORDS];
    size_t start[SPAN_WORDS], end[SPAN_WORDS];   /* where each word stands in the text */
    bool number_word[SPAN_WORDS];
    unsigned named[SPAN_WORDS][3];               /* kinds_of_name of the 1-3 words ending at each, joined */
    unsigned char looked_up[SPAN_WORDS];         /* bit take-1: named[][take-1] is known */
    size_t count;
    bool split, too_many;                        /* too_many: more words than kept, labels read alone */
};

static void span_add_word(struct label_span *span, const char *text, size_t start, size_t end)
{
    size_t len = end - start;
    if (len == 0 || len >= MAX_WORD) {
        return;                       /* as add_word: a word that long or empty is no word */
    }
    if (span->count == SPAN_WORDS) {
        span->too_many = true;
        return;
    }
    size_t at = span->count++;
    for (size_t i = 0; i < len; i++) {
        span->text[at][i] = (char)ascii_fold((unsigned char)text[start + i]);
    }
    span->len[at] = len;
    span->start[at] = start;
    span->end[at] = end;
    span->number_word[at] = is_number_word(span->text[at], len);
    span->looked_up[at] = 0;
}

/* split_label's words, with where each stands. */
static void split_span(const char *text, size_t start, size_t end, struct label_span *span)
{
    COUNT_WORK(4 * (end - start));
    span->count = 0;
    span->split = true;
    span->too_many = false;
    size_t word = start;
    for (size_t i = start; i < end; i++) {
        unsigned char c = (unsigned char)text[i];
        bool camel = i > word && ascii_upper(c) && ascii_lower((unsigned char)text[i - 1]);
        if (!ascii_alnum(c) && c < 0x80) {
            span_add_word(span, text, word, i);
            word = i + 1;
        } else if (camel) {
            span_add_word(span, text, word, i);
            word = i;
        }
    }
    span_add_word(span, text, word, end);
}

/* kinds_of_name of the `take` words ending at word `last`, joined: looked up once. */
static unsigned span_named(const struct column_cues *cues, struct label_span *span, size_t last, size_t take)
{
    unsigned char bit = (unsigned char)(1u << (take - 1));
    if (!(span->looked_up[last] & bit)) {
        char joined[3 * MAX_WORD];
        size_t len = 0;
        for (size_t i = last + 1 - take; i <= last; i++) {
            memcpy(joined + len, span->text[i], span->len[i]);
            len += span->len[i];
        }
        COUNT_WORK(len);
        span->named[last][take - 1] = kinds_of_name(cues, joined, len);
        span->looked_up[last] |= bit;
    }
    return span->named[last][take - 1];
}

/* kinds_of_last_words in prose, over words [first, end). */
static unsigned span_last_words(const struct column_cues *cues, struct label_span *span, size_t first, size_t end)
{
    for (size_t take = end - first < 3 ? end - first : 3; take > 0; take--) {
        unsigned found = span_named(cues, span, end - 1, take);
        if (found && !(found & LABEL_ONLY)) {
            return found;
        }
    }
    return 0;
}

/* classify_label in prose, over words [first, end) of the span: the last MAX_KEPT of them. */
static unsigned classify_span(const struct column_cues *cues, struct label_span *span, size_t first, size_t end)
{
    first = end - first > MAX_KEPT ? end - MAX_KEPT : first;
    if (end <= first) {
        return 0;
    }
    unsigned found = 0;
    if (end - first > 1 && span->number_word[end - 1]) {
        found = span_last_words(cues, span, first, end - 1);
    }
    found = found ? found : span_last_words(cues, span, first, end);
    for (size_t i = first + 1; i + 1 < end; i++) {
        if (span->len[i] <= 3 && word_in(span->text[i], 0, span->len[i], label_conjunctions,
                                         sizeof label_conjunctions / sizeof label_conjunctions[0])) {
            found |= span_last_words(cues, span, first, i);
            break;
        }
    }
    return found;
}

/* The words of the span inside [start, end): [*first, *end_word). Both bounds stand at word
 * boundaries of the span (a space before `start` or at `end`), so they are the words
 * split_label finds in those bytes. */
static void span_words(const struct label_span *span, size_t start, size_t end, size_t *first, size_t *end_word)
{
    *first = 0;
    while (*first < span->count && span->start[*first] < start) {
        (*first)++;
    }
    *end_word = *first;
    while (*end_word < span->count && span->end[*end_word] <= end) {
        (*end_word)++;
    }
}

/* The cue word and the words after it to `end`, else with the word before it at `previous`
 * (as classify_around, in prose). */
static unsigned classify_prose_label(struct cue_scan *scan, struct label_span *span, size_t previous,
                                     size_t word_start, size_t end, size_t span_end)
{
    if (!span->split) {
        split_span(scan->text, previous, span_end, span);
    }
    if (span->too_many) {
        unsigned found = classify_cached(scan, word_start, end, true);
        return found == 0 && previous < word_start ? classify_cached(scan, previous, end, true) : found;
    }
    size_t first, end_word;
    span_words(span, word_start, end, &first, &end_word);
    unsigned found = classify_span(scan->cues, span, first, end_word);
    if (found != 0 || previous == word_start) {
        return found;
    }
    size_t with_previous, ignored;
    span_words(span, previous, end, &with_previous, &ignored);
    /* With MAX_KEPT words or more after it, the word before is not among those kept: the
     * same words, the same answer. */
    if (end_word - first >= MAX_KEPT) {
        return found;
    }
    return classify_span(scan->cues, span, with_previous, end_word);
}

/* classify_prose past the cue word alone, which names nothing unless it is a number word. */
static unsigned classify_prose_labels(struct cue_scan *scan, size_t at, size_t word_start, size_t word_end,
                                      const size_t *label_ends, size_t label_count, bool number_word,
                                      size_t *gap_start)
{
    const char *text = scan->text;
    *gap_start = word_end;
    unsigned wanted = 0;
    struct label_span span;
    span.split = false;
    size_t span_end = label_ends[label_count - 1];
    if (number_word) {
        /* "número de seguro social", "numéro de téléphone": the words after "number" say
         * which number, before the word alone ("my number") does. */
        for (size_t i = label_count; wanted == 0 && i-- > 1;) {
            wanted = classify_prose_label(scan, &span, word_start, word_start, label_ends[i], span_end);
            *gap_start = label_ends[i];
        }
    }
    if (wanted == 0 && number_word) {    /* else classify_prose found it names nothing */
        wanted = classify_cached(scan, word_start, word_end, true);
        *gap_start = word_end;
        /* "Order number 612 …", "Employer identification number": the word before names another
         * kind of number, and "number" alone says nothing of a phone. */
        size_t before = previous_word(text, word_start);
        if ((wanted & WEAK) && before < word_start
            && label_names_another_number(text + before, word_start - 1 - before)) {
            return 0;
        }
    }
    size_t previous = wanted == 0 ? previous_word(text, word_start) : word_start;
    if (span.split && previous < word_start) {
        span.split = false;           /* split from the cue word on: again, from the word before */
    }
    for (size_t i = label_count; wanted == 0 && i-- > 0;) {
        wanted = classify_prose_label(scan, &span, previous, word_start, label_ends[i], span_end);
        *gap_start = label_ends[i];
    }
    if (wanted == 0) {
        size_t part_start = at + 1, part_end = at;
        while (part_start > word_start && text[part_start - 1] != '-' && text[part_start - 1] != '_') {
            part_start--;
        }
        while (part_end < word_end && text[part_end] != '-' && text[part_end] != '_') {
            part_end++;
        }
        wanted = classify_cached(scan, part_start, part_end, true);
        *gap_start = word_end;
    }
    return wanted;
}

/* Prose: the cue word alone (remembered: the same word comes again and again), else with
 * the words after or before it, else the part of a joined word ("Appelez-moi") it is in.
 * Sets *gap_start where the value may begin to follow. The cue word alone is the common
 * answer: kept apart from the labels of several words, whose words take a kilobyte. */
static unsigned classify_prose(struct cue_scan *scan, size_t at, size_t word_start, size_t word_end,
                               const size_t *label_ends, size_t label_count, size_t *gap_start)
{
    *gap_start = word_end;
    char word[MAX_WORD];
    size_t word_len = word_end - word_start < sizeof word ? word_end - word_start : 0;
    for (size_t i = 0; i < word_len; i++) {
        word[i] = (char)ascii_fold((unsigned char)scan->text[word_start + i]);
    }
    bool number_word = word_len > 0 && is_number_word(word, word_len);
    if (!number_word) {
        unsigned wanted = classify_cached(scan, word_start, word_end, true);
        if (wanted != 0) {
            return wanted;
        }
    }
    return classify_prose_labels(scan, at, word_start, word_end, label_ends, label_count, number_word, gap_start);
}

/* A label that also names a place ("Place and date of birth", "Lieu et date de naissance",
 * "Ort und Datum der Geburt", "Lugar y fecha de nacimiento", "Fødested og dato"): its value
 * may hold the place before the date. Reads at most the label's last 64 bytes. */
static bool label_names_a_place(const char *text, size_t line_start, size_t label_end)
{
    static const char *const places[] = { "place", "lieu", "ort", "lugar", "sted", "plats", "city", "ville",
                                          "ciudad", "stadt" };
    size_t from = label_end - line_start > 64 ? label_end - 64 : line_start;
    COUNT_WORK(label_end - from);
    for (size_t at = from; at < label_end; at++) {
        if (caseless_list_prefix(text, at, label_end, places, sizeof places / sizeof places[0]) > 0) {
            return true;
        }
    }
    return false;
}

/* Is the word after the one ending at `end` (one space between) in `list`? Reads at most
 * eight bytes. */
static bool word_after_in(const char *text, size_t len, size_t end, const char *const *list, size_t count)
{
    if (end + 1 >= len || text[end] != ' ') {
        return false;
    }
    size_t start = end + 1, stop = start;
    while (stop < len && stop - start < 8 && letter((unsigned char)text[stop])) {
        stop++;
    }
    COUNT_WORK(stop - start);
    return (stop == len || !letter((unsigned char)text[stop])) && word_in(text, start, stop, list, count);
}

/* A birth date a form splits into its day's, month's and year's fields after the label
 * (scrub/birth_dates.h): each part is masked. */
static void birth_date_in_fields(struct cue_scan *scan, size_t at)
{
    size_t parts[2 * BIRTH_DATE_FIELDS];
    if (birth_date_split_fields(scan->text, scan->len, at, parts)) {
        for (int i = 0; i < BIRTH_DATE_FIELDS; i++) {
            emit(scan, CUE_DATE_OF_BIRTH, parts[2 * i], parts[2 * i + 1]);
        }
    }
}

/* After a birth date its cue found, a second joined to it by its person's kin: "born on … and
 * my son on …", "ist am … geboren, unser Sohn am …" (scrub/birth_dates.h). */
static void another_birth_date(struct cue_scan *scan, size_t found, size_t cue_end)
{
    const struct entity_type *birth = scan->cues->types[CUE_DATE_OF_BIRTH];
    if (birth == NULL || scan->count != found + 1 || scan->out[found].type != birth) {
        return;
    }
    size_t from = scan->out[found].end > cue_end ? scan->out[found].end : cue_end, start, end;
    if (birth_date_joined(scan->text, scan->len, from, &start, &end)) {
        emit(scan, CUE_DATE_OF_BIRTH, start, end);
    }
}

static void on_cue_word(struct cue_scan *scan, size_t at)
{
    const char *text = scan->text;
    size_t len = scan->len;
    if (at > 0 && !key_char((unsigned char)text[at])) {
        at--;                         /* a short cue's pattern ends past the character after it */
    }
    size_t word_start, word_end;
    if (!word_around(text, len, at, &word_start, &word_end) || word_start < scan->done_to) {
        return;
    }
    if (word_start >= 2 && text[word_start - 1] == '/' && text[word_start - 2] == '<') {
        return;                       /* "</ssn>": a closing tag names the value before it, read at its opening */
    }
    size_t line = line_start_of(scan, word_start);
    if (scan->header_line != line + 1) {
        scan->header_line = line + 1;             /* each line is tried as a header once */
        size_t line_end = line_end_from(text, len, word_start);
        size_t table_end = read_sql_insert(scan, line, line_end);
        if (table_end == 0) {
            table_end = read_table(scan, line, line_end);
        }
        if (table_end > 0) {
            scan->done_to = table_end > scan->done_to ? table_end : scan->done_to;
            return;
        }
    }
    /* Every value holds a digit: a cue word with none near it (a word in running text, a
     * list of cue words) costs nothing more. */
    size_t before_floor = word_start > 2 * MAX_GAP ? word_start - 2 * MAX_GAP : 0;
    if (digit_after(scan, word_end) > word_end + MAX_GAP + MAX_WORD && digit_before(scan, word_start) <= before_floor) {
        return;
    }
    size_t label_ends[1 + MAX_LABEL_WORDS];
    size_t label_count = label_ends_after(text, len, word_start, word_end, label_ends);
    for (size_t i = 0; i < label_count; i++) {
        size_t value = assigned_value(text, len, label_ends[i]);
        if (value == 0) {
            continue;
        }
        unsigned wanted = classify_around(scan, word_start, label_ends[i], false);
        if (wanted) {
            scan->done_to = label_ends[i];
            size_t newline = value < len && text[value] == '\r' ? value + 1 : value;
            if (newline < len && text[newline] == '\n') {
                value_on_next_line(scan, wanted & KIND_BITS, newline);      /* "Telefon:\n  912…" */
                return;
            }
            if (!value_at(scan, wanted & KIND_BITS, value, (wanted & WEAK) ? phone_weak_cue_valid : NULL)) {
                size_t wrapped = value_in_call(text, len, value);
                if (wrapped > 0) {
                    value_at(scan, wanted & KIND_BITS, wrapped, NULL);  /* date.fromisoformat("1985-…") */
                } else if ((wanted & KIND(CUE_SSN)) && value < len && isdigit((unsigned char)text[value])) {
                    value_after_partial(scan, wanted, value, PARTIAL_NUMBERS_MAX);   /* "SSN: 3551 — full: …" */
                } else if ((wanted & KIND(CUE_DATE_OF_BIRTH))
                           && label_names_a_place(text, line_start_of(scan, word_start), label_ends[i])) {
                    /* "Place and date of birth: Leeds, 12 April 1987", "Lieu et date de naissance :
                     * Lyon, le 12/04/1987": the place first, then the date, read as prose. */
                    value_after_cue(scan, KIND(CUE_DATE_OF_BIRTH), value);
                } else if (wanted & KIND(CUE_DATE_OF_BIRTH)) {
                    birth_date_in_fields(scan, value);  /* "Date of birth: Day 12  Month 03  Year 1985" */
                }
            }
            return;
        }
        if (i == 0) {
            return;
        }
        /* "Seine Steuer-ID steht im Formular: …", "Personnumret står i ansökan: …": a label
         * that runs on past the cue word and names nothing reads as prose around it. */
        break;
    }
    size_t gap_start;
    unsigned wanted = classify_prose(scan, at, word_start, word_end, label_ends, label_count, &gap_start);
    if (wanted == 0) {
        return;
    }
    /* "my number is …": a possessive makes a weak cue a strong one ("the number" does not). */
    static const char *const articles[] = { "the", "die", "der", "das", "el", "la", "le" };
    size_t previous = previous_word(text, word_start);
    if (previous < word_start
        && word_in(text, previous, word_start - 1, possessives, sizeof possessives / sizeof possessives[0])
        && !word_in(text, previous, word_start - 1, articles, sizeof articles / sizeof articles[0])) {
        wanted &= ~WEAK;
    }
    /* "69516673 er nummeret mitt", "… er mobilen hennes": Norwegian puts the possessive after
     * its noun (a definite one), and it says whose number it is as "my number" does; "contact
     * me at …", "text us on …", "kontakt meg på …": the writer asks to be called on it. */
    static const char *const whose_after[] = { "mitt", "min", "mi", "mine", "ditt", "din", "hans", "hennes",
                                               "v\xc3\xa5rt", "v\xc3\xa5r", "deres", "sitt", "sin", "me", "us",
                                               "meg", "oss", "mig", "mich", "uns" };
    if ((wanted & WEAK) && word_after_in(text, len, word_end, whose_after, sizeof whose_after / sizeof whose_after[0])) {
        wanted &= ~WEAK;
    }
    /* "… ist die Nummer von Dieter", "… es el número de Laura", "… er nummeret til Ingrid":
     * whose number it is follows the word, a name ("the number of rows" says nothing). */
    static const char *const owners[] = { "of", "von", "de", "du", "del", "til", "till", "for", "f\xc3\xb6r",
                                          "fra", "fr\xc3\xa5n" };
    size_t owner = word_end;
    while (owner < len && owner - word_end < 2 && text[owner] == ' ') {
        owner++;
    }
    size_t owner_end = owner;
    while (owner_end < len && owner_end - owner < 8 && letter((unsigned char)text[owner_end])) {
        owner_end++;
    }
    if (owner > word_end && owner_end > owner && owner_end + 1 < len && text[owner_end] == ' '
        && (isupper((unsigned char)text[owner_end + 1]) || (unsigned char)text[owner_end + 1] >= 0xc3)
        && word_in(text, owner, owner_end, owners, sizeof owners / sizeof owners[0])) {
        wanted = (wanted & ~WEAK) | OWNED;
    }
    size_t found = scan->count;
    value_after_cue(scan, wanted, gap_start);
    if (scan->count == found) {
        value_before_cue(scan, wanted, word_start);
    }
    another_birth_date(scan, found, word_end);
}

/* "M: 0171 1234567" at `at`, just past the label's colon: the phone after at most a few
 * spaces, any length a country uses. */
static void on_signature_label(struct cue_scan *scan, size_t at)
{
    size_t value = at;
    while (value < scan->len && value - at < 3 && (scan->text[value] == ' ' || scan->text[value] == '\t')) {
        value++;
    }
    COUNT_WORK(value - at);
    if (value == at || value >= scan->len || value < scan->done_to) {
        return;
    }
    unsigned char c = (unsigned char)scan->text[value];
    if (isdigit(c) || c == '+' || c == '(') {
        value_at(scan, KIND(CUE_PHONE), value, NULL);
    }
}

/* Past a header cell's credential word, the words that say which one: one or two words
 * ("Passwort neu", "mot de passe provisoire", "contraseña temporal") or a bracket ("Passord
 * (midlertidig)"), read up to `ceiling`; where the cell's words end, or `at` if none follow.
 * The judge of the whole cell (key_names_secret) still refuses a cell about a credential
 * ("Passwort geändert am" is a date's column). */
static size_t cell_qualifiers_end(const char *text, size_t ceiling, size_t at)
{
    size_t end = at;
    for (int words = 0; words < 2 && end + 1 < ceiling && text[end] == ' '; words++) {
        size_t word = end + 1;
        if (text[word] == '(') {
            const char *close = memchr(text + word, ')', ceiling - word);
            return close != NULL ? (size_t)(close - text) + 1 : at;
        }
        size_t word_end = word;
        while (word_end < ceiling && key_char((unsigned char)text[word_end])) {
            word_end++;
        }
        if (word_end == word) {
            break;
        }
        end = word_end;
    }
    return end;
}

/* A word that may name a secret column, ending at `end`: its line is read as a table's
 * header if no cue word has had it read yet. */
static void on_table_word(struct cue_scan *scan, size_t end)
{
    if (end < scan->done_to || scan->cues->secret == NULL) {
        return;
    }
    /* A header's cell is the word alone between separators: most such words are in code
     * or prose ("DB_PASSWORD=", "the token") and end here, before their line is read. */
    const char *text = scan->text;
    size_t word_end = end, ceiling = scan->len - end > MAX_WORD ? end + MAX_WORD : scan->len;
    while (word_end < ceiling && key_char((unsigned char)text[word_end])) {
        word_end++;
    }
    word_end = cell_qualifiers_end(text, ceiling, word_end);
    while (word_end < ceiling && (text[word_end] == ' ' || text[word_end] == '"')) {
        word_end++;
    }
    COUNT_WORK(word_end - end);
    if (word_end < scan->len && strchr("|,;\t\r\n)`", text[word_end]) == NULL) {
        return;                       /* the word runs into code or prose: "DB_PASSWORD=", "tokenizer can" */
    }
    size_t word_start, ignored;
    if (!word_around(text, scan->len, end - 1, &word_start, &ignored)) {
        return;
    }
    size_t floor = word_start > MAX_WORD ? word_start - MAX_WORD : 0;
    while (word_start > floor && (text[word_start - 1] == ' ' || text[word_start - 1] == '"')) {
        word_start--;
    }
    /* A header cell of up to four words: "| Mot de passe |", "Admin password;", "ancien mot de passe;" */
    for (int words = 0; words < 3 && word_start > floor && key_char((unsigned char)text[word_start - 1]); words++) {
        while (word_start > floor && key_char((unsigned char)text[word_start - 1])) {
            word_start--;
        }
        while (word_start > floor && text[word_start - 1] == ' ') {
            word_start--;
        }
    }
    COUNT_WORK(end - word_start);
    if (word_start > 0 && strchr("|,;\t\n(`", text[word_start - 1]) == NULL) {
        return;
    }
    size_t line = line_start_of(scan, end);
    if (scan->header_line == line + 1) {
        return;
    }
    scan->header_line = line + 1;
    size_t line_end = line_end_from(scan->text, scan->len, end);
    size_t table_end = read_sql_insert(scan, line, line_end);   /* "INSERT INTO users (name, password) …" */
    if (table_end == 0) {
        table_end = read_table(scan, line, line_end);
    }
    scan->done_to = table_end > scan->done_to ? table_end : scan->done_to;
}

/* German's star for "born" with a blank after it, "(* " ending at `end`: the date after it when
 * what follows closes the bracket of a life ("(* 11 I 1971)", "(* 12. März 1931 in Ulm; † …)").
 * A comment's star before a date stays ("(* 12.03.2026 *)"). */
static void on_star(struct cue_scan *scan, size_t end)
{
    size_t found = scan->count, done_to = scan->done_to;
    if (end < scan->done_to || end >= scan->len || !isdigit((unsigned char)scan->text[end])) {
        return;
    }
    if (value_at(scan, KIND(CUE_DATE_OF_BIRTH), end, NULL)
        && !birth_date_star_closes(scan->text, scan->len, scan->out[found].end, true)) {
        scan->count = found;
        scan->done_to = done_to;
    }
}

/* A death's cross ending at `end`: the birth date the star gave before it on its line,
 * "* 14. juni 1950  † 17. januar 1996" (scrub/birth_dates.h). The date after the cross stays. */
static void on_cross(struct cue_scan *scan, size_t end)
{
    size_t start, date_end;
    if (birth_date_before_cross(scan->text, scan->len, end - 3, &start, &date_end) && start >= scan->done_to) {
        emit(scan, CUE_DATE_OF_BIRTH, start, date_end);
    }
}

/* An MRZ's fillers ending at `end`: its zone is read once, for all the runs of fillers in it. */
static void on_mrz_fillers(struct cue_scan *scan, size_t end)
{
    if (end < scan->mrz_checked_to) {
        return;
    }
    scan->mrz_checked_to = end + 3 * (MRZ_LINE_MAX + 2);
    size_t start, field_end;
    if (birth_date_mrz_field(scan->text, scan->len, end - 1, &start, &field_end) && start >= scan->done_to) {
        emit(scan, CUE_DATE_OF_BIRTH, start, field_end);
    }
}

/* "D.O.B. 12/03/1985" ending at `end`: a label only where no letter runs into it. */
static void on_dotted_label(struct cue_scan *scan, size_t which, size_t end)
{
    const char *literal = dotted_labels[which].literal;
    size_t start = end - strlen(literal);
    if (strncmp(literal, "docs", 4) == 0) {
        size_t field_start, field_end;
        if ((start == 0 || !letter((unsigned char)scan->text[start - 1])) && end >= scan->done_to
            && birth_date_docs_field(scan->text, scan->len, end - 1, &field_start, &field_end)) {
            emit(scan, CUE_DATE_OF_BIRTH, field_start, field_end);
        }
        return;
    }
    if (literal[0] == '(' && literal[1] == '*' && literal[2] != ' ') {
        if (end >= scan->done_to) {
            value_at(scan, KIND(CUE_DATE_OF_BIRTH), end - 1, NULL);     /* "(*12.3.1985)": from its first digit */
        }
        return;
    }
    if (literal[0] == '(' && literal[1] == '*' && literal[2] == ' ') {
        on_star(scan, end);
        return;
    }
    if (literal[0] == ' ' && literal[1] == '*') {
        if (start > 0 && letter((unsigned char)scan->text[start - 1]) && end >= scan->done_to) {
            value_at(scan, KIND(CUE_DATE_OF_BIRTH), end - 1, NULL);   /* a name's last letter, then " *12.03.1985" */
        }
        return;
    }
    if (strcmp(literal, "\xe2\x80\xa0") == 0) {
        on_cross(scan, end);
        return;
    }
    if (literal[0] == '<') {
        on_mrz_fillers(scan, end);
        return;
    }
    if (literal[0] == '4') {
        size_t field_start, field_end;
        if (birth_date_licence_field(scan->text, end - strlen(literal), &field_start, &field_end)
            && field_start >= scan->done_to) {
            emit(scan, CUE_DATE_OF_BIRTH, field_start, field_end);
        }
        return;
    }
    /* ", f." and "(f." open with their own boundary: a name may end right before them. */
    bool bounded = !letter((unsigned char)literal[0]);
    if ((!bounded && start > 0 && letter((unsigned char)scan->text[start - 1])) || end < scan->done_to
        || (end < scan->len && letter((unsigned char)scan->text[end]))) {
        return;
    }
    if (literal[strlen(literal) - 1] == '*' && (end >= scan->len || isspace((unsigned char)scan->text[end]))) {
        return;                       /* the star touches its date: ", *12.3.1985", ", *Freitag, 14. Juli 1961" */
    }
    size_t found = scan->count;
    value_after_cue(scan, KIND(dotted_labels[which].kind), end);
    if (scan->count == found && !bounded) {
        value_before_cue(scan, KIND(dotted_labels[which].kind), start);     /* "… is my soc. sec. no." */
    }
}

/* "PID|1||…" ending at `end`, at a line's start: each field the segment names is read
 * by its number (at most MAX_LINE bytes of the line), its first component checked as its
 * kind. */
static void on_hl7_segment(struct cue_scan *scan, size_t which, size_t end)
{
    const char *text = scan->text;
    size_t start = end - strlen(hl7_segments[which].literal);
    if ((start > 0 && text[start - 1] != '\n') || end < scan->done_to) {
        return;
    }
    size_t limit = scan->len - end > MAX_LINE ? end + MAX_LINE : scan->len;
    size_t at = end;
    unsigned field = 1;
    for (size_t i = 0; i < 4 && hl7_segments[which].fields[i] != 0 && at < limit; i++) {
        size_t walked_from = at;
        while (field < hl7_segments[which].fields[i] && at < limit && text[at] != '\n') {
            field += text[at] == '|';
            at++;
        }
        COUNT_WORK(at - walked_from);
        if (field != hl7_segments[which].fields[i] || at >= limit || text[at] == '\n') {
            return;
        }
        size_t found = scan->count, stamp;
        enum cue_kind kind = hl7_segments[which].kinds[i];
        if (kind == CUE_DATE_OF_BIRTH && scan->cues->types[kind] != NULL
            && (stamp = birth_date_hl7_stamp_length(text + at, limit - at)) > 0) {
            emit(scan, kind, at, at + stamp);         /* "198503120000": the birth date with its time */
        } else if (text[at] != '|' && value_at(scan, KIND(kind), at, NULL)) {
            size_t value_end = scan->out[found].end;
            char after = value_end < scan->len ? text[value_end] : '|';
            if (after != '|' && after != '^' && after != '\r' && after != '\n') {
                scan->count = found;  /* the field holds more than the value */
            }
        }
    }
}

static int on_cue_match(unsigned int id, unsigned long long from, unsigned long long to, unsigned int flags,
                        void *context)
{
    struct cue_scan *scan = context;
    (void)from;
    (void)flags;
    to += scan->offset;
    if (id >= TABLE_WORDS_FIRST) {
        on_table_word(scan, (size_t)to);
        return scan->count == scan->max;
    }
    if (id >= HL7_FIRST) {
        on_hl7_segment(scan, id - HL7_FIRST, (size_t)to);
        return scan->count == scan->max;
    }
    if (id >= WORD_PATTERN_COUNT + SIGNATURE_PATTERN_COUNT) {
        on_dotted_label(scan, id - WORD_PATTERN_COUNT - SIGNATURE_PATTERN_COUNT, (size_t)to);
        return scan->count == scan->max;
    }
    if (id >= WORD_PATTERN_COUNT) {
        on_signature_label(scan, (size_t)to);
        return scan->count == scan->max;
    }
    if (id >= STEM_COUNT && to < scan->len && isalpha((unsigned char)scan->text[to])) {
        return 0;                     /* a short word's opener is matched with it: only its end is left */
    }
    on_cue_word(scan, (size_t)to - 1);
    return scan->count == scan->max;  /* full: stop, the caller scans again with more room */
}

/* A short cue word that opens the text has no opener before it, nor a signature label. */
static void cue_word_at_start(struct cue_scan *scan)
{
    if (scan->len >= 2 && scan->text[1] == ':' && strchr(signature_letters, scan->text[0]) != NULL
        && scan->text[0] != '\0') {
        on_signature_label(scan, 2);
        return;
    }
    /* Every cue word starts with a lowercase ASCII letter: the first byte rules out most
     * of them without a strlen and a compare each. */
    int first = tolower((unsigned char)scan->text[0]);
    for (size_t i = 0; i < WORD_COUNT; i++) {
        if ((unsigned char)cue_words[i][0] != first) {
            continue;
        }
        size_t n = strlen(cue_words[i]);
        if (n <= scan->len && strncasecmp(scan->text, cue_words[i], n) == 0
            && (n == scan->len || !isalpha((unsigned char)scan->text[n]))) {
            on_cue_word(scan, n - 1);
            return;
        }
    }
}

/* Just past the last digit, or 0. */
static size_t last_digit_end(const char *text, size_t len)
{
#ifdef __SSE2__
    const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
    while (len >= 16) {
        __m128i offset = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)(const void *)(text + len - 16)), zero);
        int digits = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(offset, nine), offset));
        if (digits != 0) {
            return len - 16 + (size_t)(32 - __builtin_clz((unsigned)digits));
        }
        len -= 16;
    }
#endif
    while (len > 0 && !isdigit((unsigned char)text[len - 1])) {
        len--;
    }
    return len;
}

size_t column_cues_find(struct column_cues *cues, const char *text, size_t len, struct candidate *out, size_t max)
{
    if (cues->database == NULL || len == 0) {
        return 0;
    }
    /* Every value holds a digit: the cue words are looked for only from a table's width
     * before the first digit to a prose cue's reach after the last. Most chat text has
     * none, and costs one quick pass. */
    size_t first = pattern_next_digit(text, len, 0);
    if (first == len) {
        return 0;
    }
    /* One byte before, for the opener of a short word right at the start. */
    size_t from = first > 2 * MAX_LINE + 1 ? first - 2 * MAX_LINE - 1 : 0;
    size_t last = last_digit_end(text, len);
    size_t to = len - last > 2 * MAX_GAP + 2 * MAX_WORD ? last + 2 * MAX_GAP + 2 * MAX_WORD : len;
    COUNT_WORK(first + (len - last));
    struct cue_scan scan = { .cues = cues, .text = text, .len = len, .out = out, .max = max, .offset = from };
    if (from == 0) {
        cue_word_at_start(&scan);
    }
    hs_error_t status = hs_scan(cues->database, text + from, (unsigned)(to - from), 0, cues->scratch, on_cue_match,
                                &scan);
    if (status != HS_SUCCESS && status != HS_SCAN_TERMINATED) {
        return (size_t)-1;
    }
    return scan.count;
}

/* A key that names a secret, in any case and spelling: "password", "db_pass", "rootPw",
 * "api-key", "client_secret", "access_token", "privateKey", "Passwort", "clave_api"; not
 * "tokenizer", "secret_name", "token_url". One judge for parsed JSON and for text
 * (scrub/secret_keys.h). */
static bool key_names_secret(const struct column_cues *cues, const char *key, size_t key_len)
{
    return secret_key_names_credential(&cues->secret_words, key, key_len);
}

/* The whole value under a secret's key, when it looks made, not written: one word of at
 * least eight characters, letters and digits both or cases mixed past the first, not a
 * stand-in ("{{ api_key }}", "changeme", "********"). */
static bool keyed_secret(const char *text, size_t len)
{
    enum { KEYED_SECRET_MAX = 1024 };
    if (len < 8 || len > KEYED_SECRET_MAX || !secret_value_valid(text, len)) {
        return false;
    }
    size_t digits = 0, upper = 0, lower = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c <= ' ' || c == 0x7f || c == '"' || c == '\'' || c == '`') {
            return false;             /* letters beyond ASCII are a password's too: "Grüntee781?" */
        }
        digits += isdigit(c) != 0;
        upper += i > 0 && isupper(c);
        lower += islower(c) != 0;
    }
    return (digits > 0 && upper + lower > 0) || (upper > 0 && lower > 0);
}

size_t column_cues_keyed(struct column_cues *cues, const char *key, size_t key_len, const char *text, size_t len,
                         struct candidate *out)
{
    if (cues->secret != NULL && key_len > 0 && key_len <= 2 * MAX_WORD && keyed_secret(text, len)
        && key_names_secret(cues, key, key_len)) {
        COUNT_WORK(key_len + len);
        out[0] = (struct candidate){ .start = 0, .end = len, .type = cues->secret };
        return 1;
    }
    if (cues->database == NULL || key_len == 0 || key_len > 2 * MAX_WORD || len == 0) {
        return 0;
    }
    unsigned wanted = classify_label(cues, key, 0, key_len, false);
    if (wanted == 0) {
        return 0;
    }
    size_t start = 0, end = len;
    while (start < end && (text[start] == ' ' || text[start] == '\t')) {
        start++;
    }
    while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t')) {
        end--;
    }
    struct cue_scan scan = { .cues = cues, .text = text, .len = len, .out = out, .max = 1 };
    if (end > start) {
        check_cell(&scan, wanted & KIND_BITS, start, end);
    }
    return scan.count;
}

static int by_start_then_end(const void *a, const void *b)
{
    const struct candidate *x = a, *y = b;
    if (x->start != y->start) {
        return x->start < y->start ? -1 : 1;
    }
    return x->end < y->end ? -1 : x->end > y->end;
}

size_t column_cues_prefer(struct candidate *found, size_t found_count, struct candidate *cued, size_t cued_count)
{
    bool sorted = true;               /* cues come in text order but for tables and values before cues */
    for (size_t j = 1; j < cued_count && sorted; j++) {
        sorted = by_start_then_end(&cued[j - 1], &cued[j]) <= 0;
    }
    if (!sorted) {
        qsort(cued, cued_count, sizeof *cued, by_start_then_end);
    }
    size_t kept = 0, i = 0;
    for (size_t j = 0; j < cued_count; j++) {
        while (i < found_count && found[i].start < cued[j].start) {
            i++;
        }
        if (i < found_count && found[i].start == cued[j].start && found[i].end == cued[j].end) {
            found[i].type = cued[j].type;
            continue;
        }
        cued[kept++] = cued[j];
    }
    return kept;
}

/* ---- building ---- */

static bool index_names(struct column_cues *cues)
{
    for (size_t i = 0; i < sizeof type_names / sizeof type_names[0]; i++) {
        const char *name = type_names[i].name;
        size_t len = strlen(name);
        if (len > 0) {
            cues->name_first_lengths[(unsigned char)name[0] & 63] |= name_length_bit(len);
            cues->name_last_lengths[(unsigned char)name[len - 1] & 63] |= name_length_bit(len);
        }
        uint32_t at = name_hash(name, len);
        while (cues->name_slots[at & (NAME_SLOTS - 1)] != 0) {
            at++;
        }
        cues->name_slots[at & (NAME_SLOTS - 1)] = (unsigned short)(i + 1);
    }
    return sizeof type_names / sizeof type_names[0] < NAME_SLOTS / 2;
}

bool column_cues_init(struct column_cues *cues, const struct entity_type *types, size_t count, char *error,
                      size_t error_size)
{
    memset(cues, 0, sizeof *cues);
    secret_words_init(&cues->secret_words);
    for (size_t i = 0; i < count && cues->secret == NULL; i++) {
        if (strcmp(types[i].name, "ENV_SECRET") == 0) {
            cues->secret = &types[i];
        }
    }
    bool any = false;
    for (int kind = 0; kind < CUE_KIND_COUNT; kind++) {
        for (size_t i = 0; i < count && cues->types[kind] == NULL; i++) {
            if (strcmp(types[i].name, kinds[kind].type_name) == 0) {
                cues->types[kind] = &types[i];
                any = true;
            }
        }
    }
    if (!any) {
        return true;
    }
    if (!index_names(cues)) {
        snprintf(error, error_size, "scrub: the cue name table is too full");
        return false;
    }
    char openings[WORD_COUNT * OPENER_COUNT + SIGNATURE_PATTERN_COUNT][CUE_LITERAL_MAX];
    const char *literals[CUE_PATTERN_COUNT];
    size_t lengths[CUE_PATTERN_COUNT];
    unsigned flags[CUE_PATTERN_COUNT], ids[CUE_PATTERN_COUNT];
    for (size_t i = 0; i < CUE_PATTERN_COUNT; i++) {
        flags[i] = HS_FLAG_CASELESS;
        if (i < STEM_COUNT) {
            literals[i] = cue_stems[i];
        } else if (i >= TABLE_WORDS_FIRST) {
            literals[i] = table_words[i - TABLE_WORDS_FIRST];
        } else if (i >= HL7_FIRST) {
            literals[i] = hl7_segments[i - HL7_FIRST].literal;
        } else if (i >= WORD_PATTERN_COUNT + SIGNATURE_PATTERN_COUNT) {
            literals[i] = dotted_labels[i - WORD_PATTERN_COUNT - SIGNATURE_PATTERN_COUNT].literal;
        } else if (i >= WORD_PATTERN_COUNT) {
            size_t letter_index = (i - WORD_PATTERN_COUNT) / (sizeof signature_openers / sizeof signature_openers[0]);
            size_t opener = (i - WORD_PATTERN_COUNT) % (sizeof signature_openers / sizeof signature_openers[0]);
            char *opening = openings[i - STEM_COUNT];
            snprintf(opening, CUE_LITERAL_MAX, "%s%c:", signature_openers[opener], signature_letters[letter_index]);
            literals[i] = opening;
            flags[i] = 0;             /* "M:" as written: "m:" is no label */
        } else {
            size_t word = (i - STEM_COUNT) / OPENER_COUNT, opener = (i - STEM_COUNT) % OPENER_COUNT;
            char *opening = openings[i - STEM_COUNT];
            snprintf(opening, CUE_LITERAL_MAX, "%c%s", cue_word_openers[opener], cue_words[word]);
            literals[i] = opening;
        }
        lengths[i] = strlen(literals[i]);
        ids[i] = (unsigned)i;
    }
    hs_database_t *database = NULL;
    hs_compile_error_t *compile_error = NULL;
    if (hs_compile_lit_multi(literals, flags, ids, lengths, CUE_PATTERN_COUNT, HS_MODE_BLOCK, NULL, &database,
                             &compile_error) != HS_SUCCESS) {
        snprintf(error, error_size, "scrub: the cue words do not compile: %s",
                 compile_error ? compile_error->message : "unknown error");
        hs_free_compile_error(compile_error);
        return false;
    }
    hs_scratch_t *scratch = NULL;
    if (hs_alloc_scratch(database, &scratch) != HS_SUCCESS) {
        hs_free_database(database);
        snprintf(error, error_size, "scrub: cannot allocate Hyperscan scratch space");
        return false;
    }
    cues->database = database;
    cues->scratch = scratch;
    return true;
}

void column_cues_release(struct column_cues *cues)
{
    if (cues->scratch != NULL) {
        hs_free_scratch(cues->scratch);
    }
    hs_free_database(cues->database);
    memset(cues, 0, sizeof *cues);
}
