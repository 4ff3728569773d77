// make_heldout.mjs — a held-out scrub corpus, written independently of the rules.
//
//   npm install @faker-js/faker@9
//   node make_heldout.mjs 1 > dev.jsonl           the development half: read its misses
//   node make_heldout.mjs 20261122 > test.jsonl   the held-out half: only ever scored
//
// generate_corpus.py was written alongside the scrubber, from the same name lists and
// phrasings, so scoring well on it proves little about text the rules have never seen.
// This corpus takes every value from faker (MIT, its own name lists in 12 locales, its
// own phone, IBAN and card generators) and puts it in 30 phrasings written apart from
// the rules: CSV rows, JSON, quoted mail, attendee lists, names after '=', translations.
// Decoys are capitalised non-names faker also makes: countries (Jordan, Chad, Georgia),
// US states, car makers (Ford, Lincoln), job titles, products, departments, months.
//
// Both outputs are committed so CI needs no npm. Tune rules on dev.jsonl only: reading
// test.jsonl's misses to fix them would make it one more development set. Same line
// format as generate_corpus.py. See README.md for what was measured.
import { fakerEN_US, fakerEN_GB, fakerDE, fakerFR, fakerNB_NO, fakerPL, fakerEN_IN, fakerES, fakerIT,
         fakerSV, fakerNL, fakerPT_BR } from '@faker-js/faker';

const locales = [fakerEN_US, fakerEN_GB, fakerDE, fakerFR, fakerNB_NO, fakerPL, fakerEN_IN, fakerES, fakerIT,
                 fakerSV, fakerNL, fakerPT_BR];
const CASES_PER_LOCALE = 60;
const english = fakerEN_US;

function pick(f, list) { return list[f.number.int({ min: 0, max: list.length - 1 })]; }

// Each template: a text with {slots}; slots named in `person` are PERSON values, `email`,
// `phone`, `iban`, `card`, `ip` their types; the rest are decoys.
const TEMPLATES = [
  'Hi {first},\n\nquick follow-up on the {product} order: can you confirm by {weekday}?',
  'Assigned to: {name}\nPriority: high\nComponent: {department}',
  '{name} mentioned that the {country} office closes early in {month}.',
  "Can you rewrite this so it sounds friendlier? '{name}, your invoice is overdue.'",
  'cc: {name}, {name2}',
  'Interview notes, candidate {name}, role {job}. Strong on system design.',
  'name,email,country\n{name},{email},{country}',
  'The customer {name} wants a refund for the {product}.',
  'Write a birthday message for my colleague {first}.',
  '{name} <{email}> wrote:\n> Are we still on for {weekday}?',
  "Translate to French: 'Please forward this to {name} in accounting.'",
  'Review by {name}: the {maker} fleet report for {state} looks off.',
  'Our on-call this week is {name}; escalate to {name2} if there is no answer.',
  'Who owns this? The ticket says owner={name}.',
  '{"customer": "{name}", "plan": "{department}", "country": "{country}"}',
  'Summarise the thread between {first} and {first2} about the {state} launch.',
  "Thanks {first}! I'll ask {name2} about the {job} opening.",
  'Best regards,\n{name}\n{job}',
  'Meeting attendees: {name}, {name2}, {name3}.',
  'Draft a reference letter for {name}, who worked with us as {job} until {month}.',
  'Call me on {phone} after {weekday}.',
  'Tel: {phone}\nE-mail: {email}',
  'my number is {phone}, text me when the {maker} is ready',
  'Please wire the deposit to {iban} before {month}.',
  'IBAN {iban} (account holder {name})',
  'The card on file is {card}; it was charged twice for the {product}.',
  'ssh to {ip} fails since the {department} migration',
  'Allow {ip} in the firewall for {country}.',
  'Ship the {product} to {country}, attention {name}. Release {semver}, commit {sha}.',
  'Ping {email} about request {uuid}; total was ${amount}.',
];

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function values(f) {
  const name = () => `${f.person.firstName()} ${f.person.lastName()}`;
  return {
    person: { name: name(), name2: name(), name3: name(), first: f.person.firstName(), first2: f.person.firstName() },
    email: { email: f.internet.email() },
    phone: { phone: f.phone.number({ style: pick(f, ['national', 'international']) }) },
    iban: { iban: f.finance.iban(pick(f, [true, false])) },
    card: { card: english.finance.creditCardNumber(pick(f, ['visa', 'mastercard', 'amex', 'discover'])) },
    ip: { ip: pick(f, [english.internet.ipv4(), english.internet.ipv4(), english.internet.ipv6()]) },
    decoy: {
      product: english.commerce.productName(), weekday: pick(f, WEEKDAYS), department: english.commerce.department(),
      country: english.location.country(), month: english.date.month(), job: english.person.jobTitle(),
      maker: english.vehicle.manufacturer(), state: english.location.state(), semver: english.system.semver(),
      sha: english.git.commitSha(), uuid: english.string.uuid(), amount: english.finance.amount(),
    },
  };
}

const TYPE_OF = { person: 'PERSON', email: 'EMAIL', phone: 'PHONE', iban: 'IBAN', card: 'CREDIT_CARD',
                  ip: 'IP_ADDRESS' };

const seed = Number(process.argv[2] ?? 20261122);
let id = 0;
for (const [index, f] of locales.entries()) {
  f.seed(seed + index);
  english.seed(seed + 1000 + index);
  for (let i = 0; i < CASES_PER_LOCALE; i++) {
    const template = TEMPLATES[(i + 7 * index) % TEMPLATES.length];
    const all = values(f);
    const entities = [], decoys = [];
    const text = template.replace(/\{(\w+)\}/g, (_, slot) => {
      for (const [kind, group] of Object.entries(all)) {
        if (!(slot in group)) continue;
        const value = group[slot];
        if (kind === 'decoy') decoys.push(value);
        else entities.push({ type: TYPE_OF[kind], value });
        return value;
      }
      throw new Error(`no slot ${slot}`);
    });
    console.log(JSON.stringify({ id: `heldout-${id}`, text, entities, decoys }));
    id++;
  }
}
