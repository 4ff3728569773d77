/* A person's name written as a login after a login cue (scrub/login_names.h): each masked case below
 * was missed before the reader (tests/scrub/census/logins.jsonl: flags, keys, auth.log, Windows
 * events, LDIF, SQL, home folders, prose about an account in six languages); the accounts of no one
 * stand in the same places and stay; the reader's work per cue is bounded whatever follows it. */
#include "tests/unit/scrub_testing.h"

#include "scrub/login_names.h"

static struct name_table table;

static int setup(void **state)
{
    if (!name_table_init(&table, scrub_names_data, scrub_names_data_size)) {
        fail_msg("the name table did not build");
    }
    return build_scrubber(state);
}

static int teardown(void **state)
{
    name_table_release(&table);
    return release_scrubber(state);
}

static void judge_each(const char *const *tokens, size_t count, bool person)
{
    for (size_t i = 0; i < count; i++) {
        if (login_name_is_person(&table, tokens[i], strlen(tokens[i])) != person) {
            fail_msg("'%s' should %sbe a person's login", tokens[i], person ? "" : "not ");
        }
    }
}

static void test_the_forms(void **state)
{
    (void)state;
    static const char *const persons[] = {
        "jsmith", "smithj", "john_smith", "john-smith", "johnsmith", "jsmith2", "john.smith92", "jo.smith",
        "kari.n", "ola_n", "kari", "j\xc3\xbcrgen", "JSMITH", "JOHN_SMITH", "ingrid_h",
    };
    static const char *const accounts[] = {
        "root", "admin", "postgres", "www-data", "nginx", "ubuntu", "ec2-user", "git", "nobody", "daemon",
        "deploy", "jenkins", "ansible", "backup", "svc_sql", "svc-backup", "sa", "ci-bot", "dependabot",
        "grafana", "monitoring", "support", "kundeservice", "regnskap", "kasse1", "guest", "user1", "test",
        "demo", "billing-api", "webshop", "mark", "will", "ADMINISTRATOR", "kari.nordmann.no", "a",
    };
    judge_each(persons, sizeof persons / sizeof persons[0], true);
    judge_each(accounts, sizeof accounts / sizeof accounts[0], false);
}

static void test_logins_where_systems_print_them(void **state)
{
    (void)state;
    expect_masked("./deploy.sh --user=", "jsmith", " --env=staging", "PERSON");
    expect_masked("psql -U ", "ingrid_h", " -h pg01 -d sales", "PERSON");
    expect_masked("mysql -u ", "john_smith", " -h db01 billing", "PERSON");
    expect_masked("Mar  4 10:12:33 bastion sshd[2211]: Accepted publickey for ", "smithj", " from port 51234",
                  "PERSON");
    expect_masked("sshd[2290]: Failed password for invalid user ", "kari", " from port 40022 ssh2", "PERSON");
    expect_masked("pam_unix(sshd:session): session opened for user ", "johnsmith", "(uid=1003) by (uid=0)",
                  "PERSON");
    expect_masked("\tAccount Name:\t\t", "JSMITH", "\n\tAccount Domain:\t\tCORP", "PERSON");
    expect_masked("runas /user:CORP\\", "jsmith", " cmd", "PERSON");
    expect_masked("dn: uid=", "ola_n", ",ou=people,dc=example,dc=com", "PERSON");
    expect_masked("sAMAccountName: ", "jo.smith", "", "PERSON");
    expect_masked("CREATE USER '", "jsmith2", "'@'localhost';", "PERSON");
    expect_masked("arn:aws:iam::123456789012:user/", "john-smith", "", "PERSON");
    expect_masked("\"username\": \"", "kari", "\"", "PERSON");
    expect_masked("postfix/smtpd[3321]: sasl_method=LOGIN, sasl_username=", "jsmith", "", "PERSON");
    expect_masked("dovecot: imap-login: Login: user=<", "smithj", ">, method=PLAIN", "PERSON");
    expect_masked("cat /home/", "ingrid_h", "/.ssh/authorized_keys", "PERSON");
    expect_masked("C:\\Users\\", "j\xc3\xbcrgen", "\\AppData\\Local\\Temp", "PERSON");
    expect_masked("reset the password for ", "john_smith", ", locked out again", "PERSON");
    expect_masked("my username is ", "kari", "", "PERSON");
    expect_masked("assignee: ", "jsmith", "\nstatus: open", "PERSON");
    expect_masked("reporter: ", "ola_n", "", "PERSON");
    expect_masked("chown ", "smithj", ":staff /srv/data", "PERSON");
    expect_masked("Build #482 triggered by ", "john_smith", "", "PERSON");
}

static void test_logins_in_prose(void **state)
{
    (void)state;
    expect_masked("the account ", "jsmith", " was locked after 5 failed attempts", "PERSON");
    expect_masked("brukeren ", "kari.n", " er sperret", "PERSON");
    expect_masked("kontot ", "ingrid_h", " \xc3\xa4r l\xc3\xa5st", "PERSON");
    expect_masked("das Konto ", "jsmith", " ist gesperrt", "PERSON");
    expect_masked("mein Benutzername ist ", "smithj", "", "PERSON");
    expect_masked("le compte ", "johnsmith", " est bloqu\xc3\xa9", "PERSON");
    expect_masked("la cuenta ", "ola_n", " est\xc3\xa1 bloqueada", "PERSON");
    expect_masked("brukernavnet mitt er ", "kari", "", "PERSON");
}

static void test_accounts_of_no_one_stay(void **state)
{
    (void)state;
    expect_untouched("Accepted publickey for ubuntu from port 51234 ssh2");
    expect_untouched("./deploy.sh --user=deploy --env=staging");
    expect_untouched("psql -U postgres -h pg01 -d sales");
    expect_untouched("brukeren kundeservice er sperret");
    expect_untouched("session opened for user dependabot[bot](uid=1003)");
    expect_untouched("CREATE USER svc_sql WITH LOGIN;");
    expect_untouched("the account will be locked; the user manual says so");
    expect_untouched("la cuenta corriente del usuario final");
    expect_untouched("le compte rendu de l'utilisateur");
    expect_untouched("GRANT SELECT ON billing.* TO 'billing-api'@'%';");
    expect_untouched("see user.name and username_field in the config");
    expect_untouched("ls -l /home/backup/");
    expect_untouched("bruker: pm_lisa");
    expect_untouched("assignee: dependabot\nreporter: helpdesk\nchown www-data:www-data /var/www");
}

/* Cues packed, each followed by what makes the reader read most: its tail of blanks and fillers and
 * a run of login bytes longer than a login. */
static void test_work_is_bounded_per_cue(void **state)
{
    (void)state;
    static const char *const units[] = { "user ", "user = \"", "user is is ", "/home/",
                                         "user aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "user:user:user" };
    enum { LENGTH = 4096 };
    char *text = malloc(LENGTH);
    assert_non_null(text);
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        fill_with_unit(text, LENGTH, units[u]);
        size_t total = 0;
        for (size_t at = 1; at < LENGTH; at++) {       /* every byte an anchor's end: the worst case */
            size_t start, end, examined;
            if (login_name_read(&table, text, LENGTH, at, &start, &end, &examined)) {
                assert_true(at <= start && start < end && end <= LENGTH);
            }
            total += examined;
        }
        if (total > 80 * (size_t)LENGTH) {
            fail_msg("'%s' repeated: %zu bytes examined for %d anchors", units[u], total, LENGTH);
        }
    }
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_forms),
        cmocka_unit_test(test_logins_where_systems_print_them),
        cmocka_unit_test(test_logins_in_prose),
        cmocka_unit_test(test_accounts_of_no_one_stay),
        cmocka_unit_test(test_work_is_bounded_per_cue),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
