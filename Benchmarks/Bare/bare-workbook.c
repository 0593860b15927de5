/* The floor for the indicator workbook: libxlsxwriter writing the same cells (texts, numbers and
 * links) in the same constant-memory mode as the tool, with nothing else (no styles, widths, row
 * heights, comments or charts; no checks). Reads the cells that LabourMonitorBenchmarks dumped from
 * the tool's workbook (WorkbookCells.swift), then times only the writing, and prints it in
 * milliseconds.
 *
 *   bare-workbook CELLS OUT.xlsx
 *
 * With LM_BARE_HEAP=N in the environment it first allocates N small blocks (16 to 215 bytes, as a
 * loaded library's strings and arrays are) and frees every third, so that libxlsxwriter writes in a
 * heap like the tool's, which holds the library while it writes. Not used by the suite; see
 * docs/benchmarks.md.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

typedef struct {
    int sheet;      /* -1: opens a sheet named text */
    int row, col;
    int is_number;
    double number;
    char *text;
    char *url;      /* a link showing text */
} cell;

static char *unescape(char *text) {
    char *out = text, *in = text;
    while (*in) {
        if (*in == '\\' && in[1]) {
            in++;
            *out++ = *in == 't' ? '\t' : *in == 'n' ? '\n' : *in;
            in++;
        } else {
            *out++ = *in++;
        }
    }
    *out = 0;
    return text;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: bare-workbook CELLS OUT.xlsx\n");
        return 64;
    }
    const char *heap = getenv("LM_BARE_HEAP");
    if (heap) {
        size_t blocks = strtoul(heap, NULL, 10);
        void **kept = malloc(blocks * sizeof(void *));
        for (size_t i = 0; i < blocks; i++) {
            kept[i] = malloc(16 + (i * 7919) % 200);
            memset(kept[i], 1, 16);
        }
        for (size_t i = 0; i < blocks; i += 3) free(kept[i]);
    }

    FILE *in = fopen(argv[1], "r");
    if (!in) {
        perror(argv[1]);
        return 1;
    }
    size_t count = 0, capacity = 1024;
    cell *cells = malloc(capacity * sizeof(cell));
    char *line = NULL;
    size_t length = 0;
    ssize_t read;
    while ((read = getline(&line, &length, in)) > 0) {
        if (line[read - 1] == '\n') line[read - 1] = 0;
        if (count == capacity) cells = realloc(cells, (capacity *= 2) * sizeof(cell));
        cell *c = &cells[count++];
        memset(c, 0, sizeof(cell));
        if (line[0] == 'S') {
            c->sheet = -1;
            c->text = unescape(strdup(line + 2));
            continue;
        }
        char *fields[6];
        char *rest = line;
        for (int i = 0; i < 6; i++) fields[i] = strsep(&rest, "\t");
        c->row = atoi(fields[1]);
        c->col = atoi(fields[2]);
        c->is_number = fields[3][0] == 'n';
        if (c->is_number) {
            c->number = strtod(fields[4], NULL);
        } else if (fields[3][0] == 'l') {
            c->url = unescape(strdup(fields[4] ? fields[4] : ""));
            c->text = unescape(strdup(fields[5] ? fields[5] : ""));
        } else {
            c->text = unescape(strdup(fields[4] ? fields[4] : ""));
        }
    }
    fclose(in);

    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
    lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
    lxw_worksheet *sheet = NULL;
    for (size_t i = 0; i < count; i++) {
        cell *c = &cells[i];
        if (c->sheet == -1) sheet = workbook_add_worksheet(workbook, c->text);
        else if (c->is_number) worksheet_write_number(sheet, c->row, c->col, c->number, NULL);
        else if (c->url) worksheet_write_url_opt(sheet, c->row, c->col, c->url, NULL, c->text, NULL);
        else worksheet_write_string(sheet, c->row, c->col, c->text, NULL);
    }
    lxw_error error = workbook_close(workbook);
    clock_gettime(CLOCK_MONOTONIC, &end);
    if (error) {
        fprintf(stderr, "%s\n", lxw_strerror(error));
        return 1;
    }
    printf("%ld\n", (long)((end.tv_sec - start.tv_sec) * 1000 + (end.tv_nsec - start.tv_nsec) / 1000000));
    return 0;
}
