#!/usr/bin/env python3
"""generate_tokens.py — the vendor tokens census: every documented token prefix, found by its shape.

    python3 generate_tokens.py > tokens.jsonl           writes the census (seed 9_2026)
    python3 generate_tokens.py --check tokens.jsonl     TAP: the committed file is what this writes

A vendor that documents a prefix for its tokens (so that leaked ones can be found) makes the token
findable by its shape alone, with no key before it. This census lists such vendors beyond the ones
the scrubber knew, each with the length and alphabet its documentation gives, written from
knowledge of the vendors' formats (no scanner's rule file was read or copied):

  Atlassian ATATT3…, Bitbucket ATBB…, Buildkite bkua_, SonarQube squ_/sqp_/sqa_, Linear lin_api_,
  Notion ntn_/secret_, Postman PMAK-, Doppler dp.pt./dp.st., Vault hvs./hvb., Terraform Cloud
  ….atlasv1.…, Grafana glsa_/glc_, New Relic NRAK-, Sentry sntrys_/sntryu_, Stripe whsec_/rk_live_,
  Twilio SK+32 hex, Mailgun key-, Square sq0atp-/sq0csp-/EAAA, Databricks dapi, Fly fo1_, Render
  rnd_, Supabase sbp_, Netlify nfp_, GitLab glptt-/gldt-/glrt-, Pulumi pul-, PlanetScale
  pscale_tkn_/pscale_pw_, Docker dckr_pat_, Replicate r8_, Groq gsk_, Perplexity pplx-, xAI xai-,
  LangSmith lsv2_pt_/lsv2_sk_, Pinecone pcsk_, Figma figd_, HubSpot pat-na1-, age AGE-SECRET-KEY-1,
  Firebase AAAA…:APA91b…, Alibaba LTAI, Tencent AKID, Facebook EAA…, Discord bot tokens, Mapbox
  sk.eyJ, Shippo shippo_live_, Adafruit aio_, Tailscale tskey-, Heroku HRKU-, Clerk sk_live_, Resend
  re_, Cloudflare origin CA v1.0-, Dynatrace dt0c01., Contentful CFPAT-, Duffel duffel_live_,
  EasyPost EZAK, Prefect pnu_, ReadMe rdme_, Flutterwave FLWSECK-, Airtable pat….…, 1Password
  ops_eyJ, Brevo xkeysib-, Plaid access-production-, Deno ddp_, PostHog phx_, OpenRouter sk-or-v1-,
  Cerebras csk-, NVIDIA nvapi-, RubyGems rubygems_, NuGet oy2, Clojars CLOJARS_, JFrog AKCp, CircleCI
  CCIPAT_, Sourcegraph sgp_, Neon napi_, Honeycomb hcaik_, Google OAuth GOCSPX-, Braintree
  access_token$production$, MailerSend mlsn., Dropbox sl., Infracost ico-, Octopus API-.

Containers: .env lines, YAML, JSON, shell export, curl headers, code (a constructor's argument, a
client call), log lines, Markdown lists and prose in en, nb, sv, de, fr and es — most with no key
word before the token, since the class is "found by its shape anywhere".

Decoys, each a decision written down:
- the same prefixes with placeholder bodies (XXXX…, your-token-here, <token>, …, ****) are no token;
- a prefix with a body far shorter than the documented one is no token (a truncated reference);
- publishable keys are public by design (Stripe pk_live_/pk_test_, Mapbox pk.eyJ, PostHog phc_ are
  meant to ship in browser code): kept;
- words and identifiers that begin with a prefix (pk_id, re_run, key-value, dapi in prose, sqa_team,
  rnd_seed, gsk_mode, API-first, aio_context) are kept.
Each line: {"id", "lang", "shape", "text", "entities": [{"type", "value"}], "decoys": [...]}, the
format of tests/scrub/realistic. Python stdlib only, deterministic.

Written before reading scrub/patterns.c; the scrubber found 0.42 of it then (session 9). The rows
added from it (scrub/patterns.c, "Vendors that document a prefix") leave out, for their cost in
the scan, Twilio SK…, Meta/Square EAA…, Mailgun key-, Resend re_, Airtable pat…, Dropbox sl. and a
Discord bot token alone: those cases stay here as the census's known misses unless a key names them."""
import base64
import json
import random
import sys
from census_common import LANGS, main as census_main

SEED = 92026

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOWALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


class Tokens:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, items):
        return items[self.r.randrange(len(items))]

    def s(self, alphabet, n):
        """n characters of an alphabet, with at least one digit and one letter when the alphabet has both
        (a real token's body is never all letters or all digits)."""
        while True:
            out = "".join(self.pick(alphabet) for _ in range(n))
            if n < 8 or not any(c.isdigit() for c in alphabet) or not any(c.isalpha() for c in alphabet):
                return out
            if any(c.isdigit() for c in out) and any(c.isalpha() for c in out):
                return out

    def uuid(self):
        return "-".join(self.s(HEX, n) for n in (8, 4, 4, 4, 12))

    def b64json(self, obj):
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

    def discord(self):
        uid = str(self.r.randrange(10**17, 10**19))
        head = base64.b64encode(uid.encode()).decode().rstrip("=")
        return head + "." + self.s(B64URL, 6) + "." + self.s(B64URL, 38)

    # (vendor, generator): each generator returns one real-shaped token.
    def vendors(self):
        s, h = self.s, HEX
        return [
            ("atlassian", lambda: "ATATT3xFfGF0" + s(B64URL, 170) + "=" + s(h, 8).upper()),
            ("bitbucket", lambda: "ATBB" + s(ALNUM, 32)),
            ("buildkite", lambda: "bkua_" + s(h, 40)),
            ("sonarqube_user", lambda: "squ_" + s(h, 40)),
            ("sonarqube_project", lambda: "sqp_" + s(h, 40)),
            ("sonarqube_analysis", lambda: "sqa_" + s(h, 40)),
            ("linear", lambda: "lin_api_" + s(ALNUM, 40)),
            ("notion", lambda: "ntn_" + s("0123456789", 11) + s(ALNUM, 35)),
            ("notion_legacy", lambda: "secret_" + s(ALNUM, 43)),
            ("postman", lambda: "PMAK-" + s(h, 24) + "-" + s(h, 34)),
            ("doppler_personal", lambda: "dp.pt." + s(ALNUM, 43)),
            ("doppler_service", lambda: "dp.st.prd." + s(ALNUM, 40)),
            ("vault_service", lambda: "hvs.CAESI" + s(B64URL, 86)),
            ("vault_batch", lambda: "hvb.AAAAAQ" + s(B64URL, 128)),
            ("terraform", lambda: s(ALNUM, 14) + ".atlasv1." + s(ALNUM, 67)),
            ("grafana_sa", lambda: "glsa_" + s(ALNUM, 32) + "_" + s(h, 8)),
            ("grafana_cloud", lambda: "glc_" + self.b64json({"o": str(self.r.randrange(10**5, 10**7)),
                                                               "n": "stack-" + s(LOWALNUM, 6),
                                                               "k": s(ALNUM, 24), "m": {"r": "eu"}})),
            ("newrelic", lambda: "NRAK-" + s(UPALNUM, 27)),
            ("sentry_org", lambda: "sntrys_" + self.b64json({"iat": self.r.randrange(1600000000, 1800000000),
                                                              "url": "https://sentry.io", "org": s(LOWALNUM, 8)})
             + "_" + s(B64URL, 43)),
            ("sentry_user", lambda: "sntryu_" + s(h, 64)),
            ("stripe_webhook", lambda: "whsec_" + s(ALNUM, 32)),
            ("stripe_restricted", lambda: "rk_live_" + s(ALNUM, 99)),
            ("twilio", lambda: "SK" + s(h, 32)),
            ("mailgun", lambda: "key-" + s(h, 32)),
            ("square_access", lambda: "sq0atp-" + s(B64URL, 22)),
            ("square_secret", lambda: "sq0csp-" + s(B64URL, 43)),
            ("square_token", lambda: "EAAA" + s(B64URL, 60)),
            ("databricks", lambda: "dapi" + s(h, 32)),
            ("fly", lambda: "fo1_" + s(B64URL, 43)),
            ("render", lambda: "rnd_" + s(ALNUM, 32)),
            ("supabase", lambda: "sbp_" + s(h, 40)),
            ("netlify", lambda: "nfp_" + s(ALNUM, 36)),
            ("gitlab_trigger", lambda: "glptt-" + s(h, 40)),
            ("gitlab_deploy", lambda: "gldt-" + s(B64URL, 20)),
            ("gitlab_runner", lambda: "glrt-" + s(B64URL, 20)),
            ("pulumi", lambda: "pul-" + s(h, 40)),
            ("planetscale_token", lambda: "pscale_tkn_" + s(B64URL, 43)),
            ("planetscale_password", lambda: "pscale_pw_" + s(B64URL, 43)),
            ("docker", lambda: "dckr_pat_" + s(B64URL, 27)),
            ("replicate", lambda: "r8_" + s(ALNUM, 37)),
            ("groq", lambda: "gsk_" + s(ALNUM, 52)),
            ("perplexity", lambda: "pplx-" + s(ALNUM, 48)),
            ("xai", lambda: "xai-" + s(ALNUM, 80)),
            ("langsmith_pat", lambda: "lsv2_pt_" + s(h, 32) + "_" + s(h, 10)),
            ("langsmith_sk", lambda: "lsv2_sk_" + s(h, 32) + "_" + s(h, 10)),
            ("pinecone", lambda: "pcsk_" + s(ALNUM, 5) + "_" + s(ALNUM, 63)),
            ("figma", lambda: "figd_" + s(B64URL, 40)),
            ("hubspot", lambda: self.pick(["pat-na1-", "pat-eu1-"]) + self.uuid()),
            ("age", lambda: "AGE-SECRET-KEY-1" + s(BECH32, 58)),
            ("firebase_fcm", lambda: "AAAA" + s(B64URL, 7) + ":APA91b" + s(B64URL, 134)),
            ("alibaba", lambda: "LTAI" + s(ALNUM, 20)),
            ("tencent", lambda: "AKID" + s(ALNUM, 32)),
            ("facebook", lambda: "EAA" + self.pick(["B", "G", "C", "J"]) + s(ALNUM, 160)),
            ("discord", self.discord),
            ("mapbox_secret", lambda: "sk.eyJ1IjoiZGV2" + s(B64URL, 40) + "." + s(B64URL, 22)),
            ("shippo", lambda: "shippo_live_" + s(h, 40)),
            ("adafruit", lambda: "aio_" + s(ALNUM, 28)),
            ("tailscale", lambda: "tskey-" + self.pick(["auth-", "api-"]) + s(ALNUM, 12) + "CNTRL-" + s(ALNUM, 33)),
            ("heroku", lambda: "HRKU-AA" + s(B64URL, 58)),
            ("clerk", lambda: "sk_live_" + s(ALNUM, 40)),
            ("resend", lambda: "re_" + s(ALNUM, 8) + "_" + s(ALNUM, 24)),
            ("cloudflare_origin_ca", lambda: "v1.0-" + s(h, 24) + "-" + s(h, 146)),
            ("dynatrace", lambda: "dt0c01." + s(UPALNUM, 24) + "." + s(UPALNUM, 64)),
            ("contentful", lambda: "CFPAT-" + s(B64URL, 43)),
            ("duffel", lambda: "duffel_live_" + s(B64URL, 43)),
            ("easypost", lambda: "EZAK" + s(h, 54)),
            ("prefect", lambda: "pnu_" + s(ALNUM, 36)),
            ("readme", lambda: "rdme_" + s(LOWALNUM, 70)),
            ("flutterwave", lambda: "FLWSECK-" + s(h, 32) + "-X"),
            ("airtable", lambda: "pat" + s(ALNUM, 14) + "." + s(h, 64)),
            ("onepassword", lambda: "ops_eyJ" + s(B64URL, 300)),
            ("brevo", lambda: "xkeysib-" + s(h, 64) + "-" + s(ALNUM, 16)),
            ("plaid", lambda: "access-production-" + self.uuid()),
            ("deno", lambda: "ddp_" + s(ALNUM, 36)),
            ("posthog", lambda: "phx_" + s(ALNUM, 43)),
            ("openrouter", lambda: "sk-or-v1-" + s(h, 64)),
            ("cerebras", lambda: "csk-" + s(LOWALNUM, 48)),
            ("nvidia", lambda: "nvapi-" + s(B64URL, 64)),
            ("rubygems", lambda: "rubygems_" + s(h, 48)),
            ("nuget", lambda: "oy2" + s(LOWALNUM, 43)),
            ("clojars", lambda: "CLOJARS_" + s(h, 60)),
            ("jfrog", lambda: "AKCp" + s(ALNUM, 69)),
            ("circleci", lambda: "CCIPAT_" + s(ALNUM, 22) + "_" + s(h, 40)),
            ("sourcegraph", lambda: "sgp_" + s(h, 16) + "_" + s(h, 40)),
            ("neon", lambda: "napi_" + s(LOWALNUM, 64)),
            ("honeycomb", lambda: "hcaik_" + s(LOWALNUM, 58)),
            ("google_oauth", lambda: "GOCSPX-" + s(B64URL, 28)),
            ("braintree", lambda: "access_token$production$" + s(LOWALNUM, 16) + "$" + s(h, 32)),
            ("mailersend", lambda: "mlsn." + s(h, 64)),
            ("dropbox", lambda: "sl.B" + s(B64URL, 135)),
            ("infracost", lambda: "ico-" + s(ALNUM, 32)),
            ("octopus", lambda: "API-" + s(UPALNUM, 26)),
        ]

    # Containers: {t} is the token. Most have no key word before it.
    CONTAINERS = [
        ("env", "en", "{V}_TOKEN={t}"),
        ("env_export", "en", "export {V}_KEY='{t}'"),
        ("yaml", "en", "{v}:\n  enabled: true\n  credentials: {t}\n  region: eu-west-1"),
        ("json", "en", "{{\"provider\": \"{v}\", \"value\": \"{t}\", \"ttl\": 3600}}"),
        ("curl", "en", "curl -s https://api.example.com/v1/projects -H \"Authorization: Bearer {t}\""),
        ("code_arg", "en", "client = {V}Client(\"{t}\", timeout=30)"),
        ("code_js", "en", "const client = new {V}({{ auth: '{t}' }});"),
        ("log", "en", "2024-05-02T10:11:12Z WARN rejected request from worker-3 using {t} (expired)"),
        ("list", "en", "- staging: {t}\n- prod: rotate on Friday"),
        ("argv", "en", "$ {v}-cli login {t}"),
        ("prose", "en", "Can you check why {t} stopped working after the deploy?"),
        ("prose", "en", "I accidentally pasted {t} in the team channel, what should I do?"),
        ("prose", "no", "Jeg limte inn {t} i Slack ved en feil, hvordan roterer jeg den?"),
        ("prose", "sv", "Varför fungerar inte {t} längre efter uppgraderingen?"),
        ("prose", "de", "Der Build schlägt fehl, obwohl {t} gestern noch funktioniert hat."),
        ("prose", "fr", "J'ai trouvé {t} dans l'historique git, il faut le révoquer ?"),
        ("prose", "es", "Este token {t} aparece en los logs de producción, ¿cómo lo revoco?"),
        ("table", "en", "| service | credential |\n|---|---|\n| {v} | {t} |"),
        ("docker", "en", "docker run -e SVC_AUTH={t} ghcr.io/acme/worker:1.4"),
        ("toml", "en", "[{v}]\nauth = \"{t}\""),
    ]

    def token_cases(self):
        out = []
        for vendor, gen in self.vendors():
            for _ in range(3):
                shape, lang, tpl = self.pick(self.CONTAINERS)
                t = gen()
                text = tpl.format(t=t, v=vendor.split("_")[0], V=vendor.split("_")[0].upper())
                out.append(case(lang if shape == "prose" else self.pick(LANGS), "token_" + shape, text,
                                [("GENERIC_API_KEY", t)]))
        return out

    PLACEHOLDER_BODIES = ["XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "your-token-here", "<token>", "...", "********",
                          "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<YOUR_API_KEY>", "REPLACE_ME",
                          "0000000000000000000000000000000000000000", "${TOKEN}"]
    PLACEHOLDER_PREFIXES = ["bkua_", "squ_", "lin_api_", "ntn_", "PMAK-", "dp.st.", "hvs.", "glsa_", "NRAK-",
                            "sntryu_", "whsec_", "rk_live_", "sq0atp-", "dapi", "fo1_", "rnd_", "sbp_",
                            "nfp_", "glptt-", "pul-", "pscale_tkn_", "dckr_pat_", "r8_", "gsk_", "pplx-",
                            "xai-", "lsv2_pt_", "pcsk_", "figd_", "pat-na1-", "AGE-SECRET-KEY-1", "shippo_live_",
                            "aio_", "tskey-auth-", "HRKU-", "re_", "CFPAT-", "napi_", "GOCSPX-", "nvapi-"]
    DECOY_CONTAINERS = [
        ("en", "{V}_TOKEN={d}"),
        ("en", "Set the header to `Authorization: Bearer {d}` and retry."),
        ("en", "{{\"token\": \"{d}\"}}"),
        ("de", "Ersetze {d} durch deinen eigenen Schlüssel."),
        ("fr", "Remplacez {d} par votre jeton."),
        ("es", "Sustituye {d} por tu clave."),
        ("no", "Bytt ut {d} med din egen nøkkel."),
        ("sv", "Byt ut {d} mot din egen nyckel."),
    ]

    def placeholder_decoys(self):
        out = []
        for prefix in self.PLACEHOLDER_PREFIXES:
            body = self.pick(self.PLACEHOLDER_BODIES)
            d = prefix + body
            lang, tpl = self.pick(self.DECOY_CONTAINERS)
            out.append(case(lang, "decoy_placeholder", tpl.format(d=d, V="SVC"), [], [d]))
        return out

    def short_decoys(self):
        s, out = self.s, []
        shorts = ["bkua_" + s(HEX, 6), "sqp_" + s(HEX, 5), "lin_api_" + s(ALNUM, 4), "dckr_pat_" + s(B64URL, 5),
                  "gsk_" + s(ALNUM, 6), "pplx-" + s(ALNUM, 5), "sbp_" + s(HEX, 6), "figd_" + s(ALNUM, 4),
                  "rnd_" + s(ALNUM, 5), "xai-" + s(ALNUM, 4), "pcsk_" + s(ALNUM, 5), "glsa_" + s(ALNUM, 6)]
        for d in shorts:
            out.append(case("en", "decoy_short", "The key starts with %s and is listed under Settings." % d, [], [d]))
        return out

    def public_decoys(self):
        s, out = self.s, []
        pubs = [("pk_live_" + s(ALNUM, 99), "const stripe = Stripe('{d}');"),
                ("pk_test_" + s(ALNUM, 99), "<script>var stripe = Stripe(\"{d}\");</script>"),
                ("pk_live_" + s(ALNUM, 24), "STRIPE_PUBLISHABLE_KEY={d}"),
                ("pk.eyJ1IjoiZGV2" + s(B64URL, 40) + "." + s(B64URL, 22), "mapboxgl.accessToken = '{d}';"),
                ("pk.eyJ1IjoibWFw" + s(B64URL, 40) + "." + s(B64URL, 22), "NEXT_PUBLIC_MAPBOX_TOKEN={d}"),
                ("phc_" + s(ALNUM, 43), "posthog.init('{d}', {{ api_host: 'https://eu.posthog.com' }})"),
                ("phc_" + s(ALNUM, 43), "NEXT_PUBLIC_POSTHOG_KEY={d}")]
        for d, tpl in pubs:
            out.append(case("en", "decoy_public", tpl.format(d=d), [], [d]))
        return out

    WORD_DECOYS = [
        ("en", "SELECT pk_id, name FROM customers WHERE pk_id > 100;", ["pk_id"]),
        ("en", "Click re_run on the failed job, or call re_run_pipeline() from the script.", ["re_run", "re_run_pipeline"]),
        ("en", "Store it in a key-value store such as Redis; key-value pairs expire after an hour.", ["key-value"]),
        ("de", "Die dapi Bibliothek ist veraltet, wir nutzen jetzt das neue SDK.", ["dapi"]),
        ("en", "The sqa_team channel reviews every release.", ["sqa_team"]),
        ("en", "np.random.seed(rnd_seed)  # rnd_seed comes from the config", ["rnd_seed"]),
        ("en", "We are an API-first company; see API-Reference for details.", ["API-first", "API-Reference"]),
        ("en", "async with aio_context() as ctx:\n    await ctx.run()", ["aio_context"]),
        ("fr", "La fonction re_sub remplace le motif, voir aussi re_compile.", ["re_sub", "re_compile"]),
        ("en", "Set gsk_mode=strict in the policy file.", ["gsk_mode"]),
        ("en", "The column sk_live_count counts live sessions.", ["sk_live_count"]),
        ("es", "Consulta la tabla key-rotation-policy antes de cambiar nada.", ["key-rotation-policy"]),
        ("sv", "Kör pul-check innan du pushar.", ["pul-check"]),
        ("no", "Se avsnittet om ntn_config i dokumentasjonen.", ["ntn_config"]),
        ("en", "The EAAA group meets on Tuesday.", ["EAAA"]),
        ("de", "Der Parameter whsec_header legt den Namen fest.", ["whsec_header"]),
        ("en", "rename the branch hvs.refactor to hvs.cleanup", ["hvs.refactor", "hvs.cleanup"]),
        ("en", "Run `bkua_lint` before committing.", ["bkua_lint"]),
    ]

    def word_decoys(self):
        return [case(lang, "decoy_word", text, [], decoys) for lang, text, decoys in self.WORD_DECOYS]

    def all(self):
        cases = self.token_cases() + self.placeholder_decoys() + self.short_decoys() + self.public_decoys() \
            + self.word_decoys()
        for i, c in enumerate(cases):
            c["id"] = "census-tokens-%d" % i
        return [{"id": c["id"], "lang": c["lang"], "shape": c["shape"], "text": c["text"],
                 "entities": c["entities"], "decoys": c["decoys"]} for c in cases]


def case(lang, shape, text, entities, decoys=()):
    for _, value in entities:
        assert value in text, (value, text)
    for d in decoys:
        assert d in text, (d, text)
    return {"lang": lang, "shape": shape, "text": text,
            "entities": [{"type": t, "value": v} for t, v in entities], "decoys": list(decoys)}


def render():
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in Tokens(SEED).all())


def main(argv):
    return census_main(argv, render, "generate_tokens.py", __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
