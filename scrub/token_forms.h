/* token_forms.h — a vendor token found by its form, whatever its vendor: a short prefix, a
 * separator, a long random body ("tgp_v1_BheN1GAB9kSq…", "larudo_prod_AxKAIEXS9k9E…",
 * "MIMIW_PROD_wZFzz…", "hetufa:prod:rKnuUzHa8IMy…").
 *
 * Why: the vendor rows of scrub/patterns.c list prefixes, and every author of a half brings
 * vendors no list holds (tests/scrub/census/generate_tokens2.py invents its prefixes so that
 * only a rule for the form scores). Vendors that publish a token format for leak scanners
 * converge on one shape, and the reader below is that shape, stated:
 *
 *   run     a maximal run of [A-Za-z0-9_.:-], leading and trailing
 *           separators dropped; one or two '=' of padding right after it belong to it;
 *   stem    the run's first segment (segments are parted by _ . : -): 2 to 8 ASCII letters,
 *           all lowercase or all capitals; no digit ("sha256:", "00-…", "h1:" are not stems);
 *   parts   at most three more segments that read as words, before the body: letters in
 *           one case of up to 12 ("live", "prod", "apikey", "US"), a version ("v1"), a number
 *           of up to 3 digits; each after the stem's own separator: a vendor parts its prefix
 *           with one ("os_v2_app_", "hetufa:prod:"); "crm_owner:…" and "firma.no:…" are a
 *           name and its value;
 *   body    the rest of the run, parted only by '_' and '-' (base64url, a checksum suffix, a
 *           UUID): a '.' or ':' in it is a file name ("app-<hash>.css") or a host; its longest
 *           segment 8 or more;
 *   random  the body has two digits or more and two letters or more, its kind of character
 *           (digit, lowercase, capital) changes at least once every three characters when it
 *           has both cases (base62 changes at 0.6 of them, camelCase at its words' ends only)
 *           and every four in one case (hex, base32, base36); no character five times running,
 *           no "12345678" or "abcdefgh" counted out (placeholders, fillers);
 *   length  the body is 30 characters or more; 20 or more when the stem or a part marks a
 *           secret (sk, pat, api, key, secret, token, live, prod, test, sa, admin, v<digits>).
 *           Public ids of objects are shorter: Stripe's pi_/evt_/ch_ (24), OpenAI's chatcmpl-
 *           (29), file- (24), Anthropic's msg_/toolu_/req_ (24);
 *   ids     a stem that names an id, a hash or a nonce (id, iv, req, trace, commit, hash,
 *           build, file, …) starts no token unless a part marks a secret;
 *   hex     a body of hex digits alone (a UUID too) follows '_' or '-' and a secret mark:
 *           "env_3adb…" (an export's object id), "sha:…", "commit-<sha>" are ids,
 *           "gac_pat_5f45…" is a token;
 *   colon   a body after ':' follows a part ("hetufa:prod:…", "default:production.…"):
 *           "iv:FGvy…" and "data:xkWL…" (SOPS's ENC[…] fields) are a name and its value;
 *   sample  not a vendor's documented sample key nor a placeholder (secret_is_placeholder:
 *           Stripe's sk_test_4eC39Hq…);
 *   public  no segment before the body says public: pk, pub, public, publishable, client,
 *           checkout, site, mob, anon, phc (Stripe's and Paystack's pk_live_, Supabase's
 *           sb_publishable_, Klarna's klarna_live_client_, Nexi's live-checkout-key-,
 *           LaunchDarkly's mob-, PostHog's phc_: their vendors document them as safe to ship).
 * Not after '@' (a host), nor after '/' when ':' parts the run (a URL's user:password or
 * host:port, which URL_CREDENTIAL reads). The span is the whole run. A UUID with no mark
 * (sdk-…, xaat-…), '.'-parted parts (Infisical st.…), '+' or '/' (Adyen AQE…) are not this
 * form: such tokens are left to a key before them.
 *
 * Found: runs of 31 bytes or more (each holds 16 form bytes at an offset that is a multiple
 * of 16 from where the reading stands); a shorter token of the form (a marked body of 20-27)
 * is left to a key before it.
 *
 * Work: 16 bytes a step, one SSE2 compare (no blank, control character or punctuation below
 * '-') and, where that holds, an exact class test; around a window of 16 form bytes the run
 * is read back to where the last read stopped and on to its end, and the search goes on
 * after it, so each byte is read a bounded number of times (`examined` counts the run bytes,
 * the work test bounds them); a run is judged once, in a bounded number of passes. Callgrind
 * (bench/scrub_bench.c, 2 MB): mixed text +0.9 %, dense +0.4 %. */
#ifndef LETHE_TOKEN_FORMS_H
#define LETHE_TOKEN_FORMS_H

#include <stdbool.h>
#include <stddef.h>

/* Where a reading of one text has got to; zero it before the text's first call. */
struct token_form_reading {
    size_t at;                        /* the next byte to search from */
    size_t examined;                  /* bytes read so far (the work test's count) */
};

/* The next token of the form at or after reading->at: [*start, *end). False at the end. */
bool token_form_next(const char *text, size_t len, struct token_form_reading *reading, size_t *start, size_t *end);

/* Whether `run` (a run of token-form bytes, separators trimmed) is a token of the form. */
bool token_form_judge(const char *run, size_t len);

#endif
