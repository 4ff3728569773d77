/* client_decode.h — what the client dialects' request decoders share.
 *
 * A decoder turns one JSON request body into a canon_request, checking types field by
 * field. Every refusal is a 400 invalid_request_error in one style for every dialect: its
 * param is the field's path ("messages[0].content[1].text"), and its message is that path
 * in single quotes followed by what is wrong ("'messages[0].role' must be a string"). A
 * message names fields and positions, never what the client sent in them. A path longer
 * than DECODE_PATH_SIZE is cut, and the cut is marked (bounded_printf).
 *
 * The top-level members of a body are decoded from a dialect's table of request_field
 * rows, searched once per member; a member no row names, or one given twice, is refused.
 * Generic row decoders store into the canon_request member at the row's offset; a dialect
 * writes its own for members with more shape. All memory comes from decoder->arena. */
#ifndef LETHE_CLIENT_DECODE_H
#define LETHE_CLIENT_DECODE_H

#include <stdbool.h>
#include <stddef.h>

#include "transforms/format.h"

#define COUNT_OF(array) (sizeof (array) / sizeof (array)[0])

struct client_decoder {
    struct arena *arena;
    struct format_error *error;
};

enum { DECODE_PATH_SIZE = sizeof ((struct format_error *)0)->param };

/* "parent[index]", and "parent.name" ("name" when parent is ""), into path. Return path. */
const char *decode_path_index(char path[DECODE_PATH_SIZE], const char *parent, size_t index);
const char *decode_path_member(char path[DECODE_PATH_SIZE], const char *parent, const char *name);

/* Refuse the request: "'path' " and then the formatted text. Returns false. */
bool decode_refuse(struct client_decoder *decoder, const char *path, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
/* True when value is of type; else refuses with "'path' must be a string" (an object, ...). */
bool decode_expect(struct client_decoder *decoder, const struct json_value *value, enum json_type type,
                   const char *path);
/* Member name of object, which must be there and of type: NULL after refusing, the path
 * being "parent.name". */
const struct json_value *decode_member(struct client_decoder *decoder, const struct json_value *object,
                                       const char *parent, const char *name, enum json_type type);
/* The same for a member that may be left out: true with *value NULL when it is. */
bool decode_optional_member(struct client_decoder *decoder, const struct json_value *object, const char *parent,
                            const char *name, enum json_type type, const struct json_value **value);

/* A JSON string's text as a slice of the request arena. */
struct slice decode_text(const struct json_value *string);
/* message holds one text part, the JSON string text. */
void decode_single_text(struct client_decoder *decoder, const struct json_value *text,
                        struct canon_message *message);
/* message holds one text part per item of the array items, each an object with a "text"
 * string; else refuses at "path[i]" with what_expected ("must be a text block"). */
bool decode_text_items(struct client_decoder *decoder, const struct json_value *items, const char *path,
                       const char *what_expected, struct canon_message *message);
/* A number within [low, high]: beyond double range (1e400) is out of range, never dropped. */
bool decode_number(struct client_decoder *decoder, const struct json_value *value, const char *path,
                   double low, double high, struct canon_number *out);
bool decode_positive_integer(struct client_decoder *decoder, const struct json_value *value, const char *path,
                             long long *out);
/* An array of up to CANON_MAX_STOP strings into request->stop; else refuses with "'path' must
 * be " and what_expected. */
bool decode_stop_array(struct client_decoder *decoder, const struct json_value *value, const char *path,
                       const char *what_expected, struct canon_request *request);

/* One value of a closed set of names (a role, a tool choice mode, a format type). */
struct decode_name {
    const char *name;
    int value;
};

/* The row named text, or NULL. */
const struct decode_name *decode_lookup(const struct decode_name *names, size_t count, const char *text);

/* The tools array: each item an object at "tools[i]", read by the dialect's decode_one into
 * the next canon_tool. */
typedef bool (*decode_tool_fn)(struct client_decoder *decoder, const struct json_value *tool, const char *path,
                               struct canon_tool *out);
bool decode_tools(struct client_decoder *decoder, const struct json_value *tools, decode_tool_fn decode_one,
                  struct canon_request *request);
/* What every dialect declares of a tool, in object at path: name (required), description
 * (optional) and the JSON Schema of its arguments under schema_name. */
bool decode_tool_declaration(struct client_decoder *decoder, const struct json_value *object, const char *path,
                             const char *schema_name, bool schema_required, struct canon_tool *out);
/* The tool's optional "strict" member (absent or null: unset), a boolean, into out->strict. */
bool decode_tool_strict(struct client_decoder *decoder, const struct json_value *object, const char *path,
                        struct canon_tool *out);

/* ---- the table of top-level members ---- */

struct request_field;
typedef bool (*request_field_fn)(struct client_decoder *decoder, const struct request_field *field,
                                 const struct json_value *value, struct canon_request *request);

/* A row's offset: REQUEST_MEMBER(temperature). */
#define REQUEST_MEMBER(member) offsetof(struct canon_request, member)

enum request_field_flags {
    FIELD_NULL_IS_ABSENT = 1 << 0,      /* a JSON null is as if the member were not there */
    FIELD_REQUIRED = 1 << 1,            /* a body without the member is refused: "'name' is required" */
};

struct request_field {
    const char *name;
    request_field_fn decode;            /* NULL: accepted, and read after the walk or never forwarded */
    unsigned flags;                     /* request_field_flags */
    size_t offset;                      /* generic decoders: offsetof(struct canon_request, member) */
    double low, high;                   /* decode_number_field: the range accepted */
};

/* Generic decoders of a member of canon_request at field->offset, by its type: */
bool decode_string_field(struct client_decoder *decoder, const struct request_field *field,
                         const struct json_value *value, struct canon_request *request);           /* slice */
bool decode_bool_field(struct client_decoder *decoder, const struct request_field *field,
                       const struct json_value *value, struct canon_request *request);             /* bool */
bool decode_object_field(struct client_decoder *decoder, const struct request_field *field,
                         const struct json_value *value, struct canon_request *request);   /* json_value * */
bool decode_number_field(struct client_decoder *decoder, const struct request_field *field,
                         const struct json_value *value, struct canon_request *request);   /* canon_number */
bool decode_positive_integer_field(struct client_decoder *decoder, const struct request_field *field,
                                   const struct json_value *value, struct canon_request *request); /* long long */

/* Members the OpenAI dialects (chat, legacy completions) read alike: stream_options
 * ({include_usage}), stop (a string or up to CANON_MAX_STOP strings), seed (an integer,
 * into seed and has_seed), n (1 to DECODE_MAX_CHOICES, into choice_count), logit_bias (an
 * object of at most DECODE_MAX_LOGIT_BIAS decimal token ids mapped to numbers from -100 to
 * 100, kept whole in logit_bias). */
enum { DECODE_MAX_CHOICES = 128, DECODE_MAX_LOGIT_BIAS = 1024 };
bool decode_stream_options_field(struct client_decoder *decoder, const struct request_field *field,
                                 const struct json_value *value, struct canon_request *request);
bool decode_stop_field(struct client_decoder *decoder, const struct request_field *field,
                       const struct json_value *value, struct canon_request *request);
bool decode_seed_field(struct client_decoder *decoder, const struct request_field *field,
                       const struct json_value *value, struct canon_request *request);
bool decode_choice_count_field(struct client_decoder *decoder, const struct request_field *field,
                               const struct json_value *value, struct canon_request *request);
bool decode_logit_bias_field(struct client_decoder *decoder, const struct request_field *field,
                             const struct json_value *value, struct canon_request *request);
/* parallel_tool_calls (chat, Responses): a boolean, into the tri-state parallel_tool_calls
 * (an int, -1 while unset: decode_bool_field writes a bool). */
bool decode_parallel_tool_calls_field(struct client_decoder *decoder, const struct request_field *field,
                                      const struct json_value *value, struct canon_request *request);
/* A count of most likely tokens listed at each position (chat's top_logprobs, completions' logprobs):
 * an integer from field->low to field->high, into top_logprobs and has_top_logprobs. */
bool decode_top_logprobs_field(struct client_decoder *decoder, const struct request_field *field,
                               const struct json_value *value, struct canon_request *request);
/* n > 1 with stream: true: refused, naming n. A stream's events carry no choice index, and its
 * placeholders are restored as one text: several choices interleaved could not be told apart. */
bool decode_check_streamed_choices(struct client_decoder *decoder, const struct canon_request *request);

/* request from body, which must be an object: all unset first, then each member through
 * its row of fields in the body's order, then the FIELD_REQUIRED rows checked in the
 * table's order. What a dialect requires beyond that, it checks after. */
bool decode_request_fields(struct client_decoder *decoder, const struct json_value *body,
                           const struct request_field *fields, size_t field_count, struct canon_request *request);

#endif
