/* lethe-mock: the non-chat endpoints of each format (mock.h). Embeddings are deterministic
 * vectors derived from each input's text, so a test can recompute what the mock embedded
 * (and so tell a placeholder from the value it masks); token counts are the request body's
 * length in bytes / 4, rounded up, so a test can recompute them from GET /__mock/last.
 *
 * Vector element i of text T: h = 32-bit FNV-1a over T's bytes then i's four bytes
 * (little-endian); the element is (h mod 20001) / 10000 - 1, written with 4 decimals. */
#include <stdint.h>
#include <string.h>
#include <yajl/yajl_tree.h>

#include "tests/mock/mock.h"

enum { DEFAULT_DIMENSIONS = 8, MAX_DIMENSIONS = 4096 };

static float element(const char *text, size_t len, unsigned index)
{
    uint32_t hash = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        hash = (hash ^ (unsigned char)text[i]) * 16777619u;
    }
    for (int b = 0; b < 4; b++) {
        hash = (hash ^ ((index >> (8 * b)) & 0xff)) * 16777619u;
    }
    return (float)(hash % 20001) / 10000.0f - 1.0f;
}

static void write_vector(struct growing_text *out, const char *text, size_t len, long dimensions)
{
    text_append(out, "[", 1);
    for (long i = 0; i < dimensions; i++) {
        text_printf(out, "%s%.4f", i ? "," : "", (double)element(text, len, (unsigned)i));
    }
    text_append(out, "]", 1);
}

static long dimensions_of(yajl_val value)
{
    if (value == NULL || !YAJL_IS_INTEGER(value)) {
        return DEFAULT_DIMENSIONS;
    }
    long long asked = YAJL_GET_INTEGER(value);
    return asked > 0 && asked <= MAX_DIMENSIONS ? (long)asked : DEFAULT_DIMENSIONS;
}

/* Base64 of the float32 values, little-endian (OpenAI's encoding_format "base64"). */
static void write_base64_vector(struct growing_text *out, const char *text, size_t len, long dimensions)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t byte_count = (size_t)dimensions * 4;
    unsigned char bytes[MAX_DIMENSIONS * 4 + 3] = { 0 };
    for (long i = 0; i < dimensions; i++) {
        float value = element(text, len, (unsigned)i);
        uint32_t bits;
        memcpy(&bits, &value, sizeof bits);
        for (int b = 0; b < 4; b++) {
            bytes[i * 4 + b] = (unsigned char)(bits >> (8 * b));
        }
    }
    text_append(out, "\"", 1);
    for (size_t i = 0; i < byte_count; i += 3) {
        size_t left = byte_count - i;
        unsigned group = (unsigned)bytes[i] << 16 | (unsigned)bytes[i + 1] << 8 | bytes[i + 2];
        char quad[4] = { alphabet[group >> 18], alphabet[(group >> 12) & 63],
                         left > 1 ? alphabet[(group >> 6) & 63] : '=', left > 2 ? alphabet[group & 63] : '=' };
        text_append(out, quad, 4);
    }
    text_append(out, "\"", 1);
}

/* A string's text, or "" for anything else. */
static const char *text_of(yajl_val value)
{
    const char *text = value != NULL && YAJL_IS_STRING(value) ? YAJL_GET_STRING(value) : NULL;
    return text != NULL ? text : "";
}

static yajl_val member(yajl_val object, const char *name)
{
    const char *path[] = { name, NULL };
    return object != NULL ? yajl_tree_get(object, path, yajl_t_any) : NULL;
}

/* POST …/embeddings: input a string or an array of strings. */
static void openai_embeddings(yajl_val root, struct growing_text *out)
{
    yajl_val input = member(root, "input");
    long dimensions = dimensions_of(member(root, "dimensions"));
    yajl_val format = member(root, "encoding_format");
    bool base64 = strcmp(text_of(format), "base64") == 0;
    yajl_val model = member(root, "model");
    size_t count = YAJL_IS_ARRAY(input) ? input->u.array.len : 1;
    long tokens = 0;
    text_printf(out, "{\"object\":\"list\",\"data\":[");
    for (size_t i = 0; i < count; i++) {
        yajl_val item = YAJL_IS_ARRAY(input) ? input->u.array.values[i] : input;
        const char *text = text_of(item);
        size_t len = strlen(text);
        tokens += (long)((len + 3) / 4);
        text_printf(out, "%s{\"object\":\"embedding\",\"index\":%zu,\"embedding\":", i ? "," : "", i);
        if (base64) {
            write_base64_vector(out, text, len, dimensions);
        } else {
            write_vector(out, text, len, dimensions);
        }
        text_append(out, "}", 1);
    }
    text_printf(out, "],\"model\":");
    const char *model_name = model != NULL && YAJL_IS_STRING(model) ? text_of(model) : "mock-embedding";
    text_json_string(out, model_name, strlen(model_name));
    text_printf(out, ",\"usage\":{\"prompt_tokens\":%ld,\"total_tokens\":%ld}}", tokens, tokens);
}

/* One Gemini EmbedContentRequest's vector: its content's text parts joined by '\n'. */
static void gemini_vector(yajl_val request, struct growing_text *out)
{
    struct growing_text joined = { 0 };
    text_append(&joined, "", 0);
    yajl_val parts = member(member(request, "content"), "parts");
    for (size_t i = 0; parts != NULL && YAJL_IS_ARRAY(parts) && i < parts->u.array.len; i++) {
        yajl_val text = member(parts->u.array.values[i], "text");
        text_printf(&joined, "%s%s", i ? "\n" : "", text_of(text));
    }
    text_printf(out, "{\"values\":");
    write_vector(out, joined.data, joined.len, dimensions_of(member(request, "outputDimensionality")));
    text_append(out, "}", 1);
    text_free(&joined);
}

static bool ends_with(const char *path, const char *suffix)
{
    size_t len = strlen(path), suffix_len = strlen(suffix);
    return len >= suffix_len && strcmp(path + len - suffix_len, suffix) == 0;
}

static const char *gemini_verb(const char *path)
{
    const char *models = strstr(path, "/models/");
    return models != NULL ? strrchr(models, ':') : NULL;
}

bool mock_operation_detect(const char *path, enum mock_format *format)
{
    const char *verb = gemini_verb(path);
    if (ends_with(path, "/embeddings")) {
        *format = FORMAT_OPENAI;
        return true;
    }
    if (ends_with(path, "/messages/count_tokens")) {
        *format = FORMAT_ANTHROPIC;
        return true;
    }
    if (verb != NULL && (strcmp(verb, ":countTokens") == 0 || strcmp(verb, ":embedContent") == 0
                         || strcmp(verb, ":batchEmbedContents") == 0)) {
        *format = FORMAT_GEMINI;
        return true;
    }
    return false;
}

bool mock_operation_answer(const char *path, struct yajl_val_s *root, size_t body_len, struct growing_text *out)
{
    enum mock_format format;
    if (!mock_operation_detect(path, &format)) {
        return false;
    }
    long tokens = (long)((body_len + 3) / 4);
    const char *verb = gemini_verb(path);
    if (format == FORMAT_OPENAI) {
        openai_embeddings(root, out);
    } else if (format == FORMAT_ANTHROPIC) {
        text_printf(out, "{\"input_tokens\":%ld}", tokens);
    } else if (strcmp(verb, ":countTokens") == 0) {
        text_printf(out, "{\"totalTokens\":%ld}", tokens);
    } else if (strcmp(verb, ":embedContent") == 0) {
        text_printf(out, "{\"embedding\":");
        gemini_vector(root, out);
        text_append(out, "}", 1);
    } else {
        yajl_val requests = member(root, "requests");
        text_printf(out, "{\"embeddings\":[");
        for (size_t i = 0; requests != NULL && YAJL_IS_ARRAY(requests) && i < requests->u.array.len; i++) {
            text_printf(out, "%s", i ? "," : "");
            gemini_vector(requests->u.array.values[i], out);
        }
        text_printf(out, "]}");
    }
    return true;
}
