/* The floor for the indicator workbook, call for call: makes again, in order, every libxlsxwriter
 * call the tool made to write its workbook (recorded by workbook-trace.c; see workbook-calls.h),
 * with the same arguments: the cells, their formats, row heights, column widths, comments, panes,
 * filters, printing setup and charts. What is left between the tool and this program is the tool's
 * own work: reading the library, making the rows, and the heap it does that in.
 *
 *   bare-workbook-calls CALLS OUT.xlsx
 *
 * Reads the whole file first, then times only the calls (workbook_new_opt to workbook_close) and
 * prints the milliseconds.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <xlsxwriter.h>

#include "workbook-calls.h"

typedef struct {
    int call;
    int32_t i[6];
    double d[2];
    const char *s[6];
} record;

static void fail(const char *message) {
    fprintf(stderr, "bare-workbook-calls: %s\n", message);
    exit(1);
}

/* Reads one record at `*at`, its strings pointing into the mapped file (each ends with its NUL). */
static const unsigned char *read_record(const unsigned char *at, const unsigned char *end, record *r) {
    if (at >= end) fail("the calls end before workbook_close");
    memset(r, 0, sizeof *r);
    r->call = *at++;
    if (r->call <= 0 || r->call >= CALL_COUNT) fail("an unknown call: the file is not a trace of this version");
    int ints = 0, doubles = 0, strings = 0;
    for (const char *kind = call_layouts[r->call]; *kind; kind++) {
        if (*kind == 'd') {
            if (end - at < 8) fail("a call cut short");
            memcpy(&r->d[doubles++], at, 8);
            at += 8;
            continue;
        }
        int32_t value;
        if (end - at < 4) fail("a call cut short");
        memcpy(&value, at, 4);
        at += 4;
        if (*kind == 'i') {
            r->i[ints++] = value;
        } else if (value < 0) {
            r->s[strings++] = NULL;
        } else {
            if (end - at < (long)value + 1 || at[value] != 0) fail("a string cut short");
            r->s[strings++] = (const char *)at;
            at += value + 1;
        }
    }
    return at;
}

#define MAX_OBJECTS 4096
static lxw_worksheet *sheets[MAX_OBJECTS];
static lxw_format *formats[MAX_OBJECTS];
static lxw_chart *charts[MAX_OBJECTS];
static lxw_chart_series *series[MAX_OBJECTS];
static int sheet_count, format_count, chart_count, series_count;

static lxw_format *format(int32_t id) {
    if (id >= format_count) fail("a call names a format not made");
    return id < 0 ? NULL : formats[id];
}

static lxw_chart *chart(int32_t id) {
    if (id < 0 || id >= chart_count) fail("a call names a chart not made");
    return charts[id];
}

static lxw_chart_series *one_series(int32_t id) {
    if (id < 0 || id >= series_count) fail("a call names a series not made");
    return series[id];
}

#define CHECK(call)                                               \
    do {                                                          \
        lxw_error error = (call);                                 \
        if (error) fail(lxw_strerror(error));                     \
    } while (0)

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: bare-workbook-calls CALLS OUT.xlsx\n");
        return 64;
    }
    int file = open(argv[1], O_RDONLY);
    struct stat status;
    if (file < 0 || fstat(file, &status) != 0) {
        perror(argv[1]);
        return 1;
    }
    const unsigned char *data = mmap(NULL, status.st_size, PROT_READ, MAP_PRIVATE, file, 0);
    if (data == MAP_FAILED) {
        perror(argv[1]);
        return 1;
    }
    const unsigned char *at = data, *end = data + status.st_size;
    size_t count = 0, capacity = 1 << 16;
    record *records = malloc(capacity * sizeof(record));
    do {
        if (count == capacity) records = realloc(records, (capacity *= 2) * sizeof(record));
        if (!records) fail("out of memory");
        at = read_record(at, end, &records[count]);
    } while (records[count++].call != CALL_CLOSE);

    struct timespec start, stop;
    clock_gettime(CLOCK_MONOTONIC, &start);
    lxw_workbook *workbook = NULL;
    lxw_error closed = LXW_NO_ERROR;
    for (size_t n = 0; n < count; n++) {
        const record *r = &records[n];
        const int32_t *i = r->i;
        if (r->call != CALL_NEW && !workbook) fail("a call before workbook_new_opt");
        if (sheet_count == MAX_OBJECTS || format_count == MAX_OBJECTS || chart_count == MAX_OBJECTS ||
            series_count == MAX_OBJECTS)
            fail("too many objects");
        /* The calls from CALL_STRING to CALL_INSERT_CHART name their sheet first. */
        lxw_worksheet *sheet = NULL;
        if (r->call >= CALL_STRING && r->call <= CALL_INSERT_CHART) {
            if (i[0] < 0 || i[0] >= sheet_count) fail("a call names a sheet not made");
            sheet = sheets[i[0]];
        }
        switch (r->call) {
        case CALL_NEW: {
            lxw_workbook_options options = {.constant_memory = (uint8_t)i[0], .tmpdir = NULL,
                                            .use_zip64 = (uint8_t)i[1]};
            if (!(workbook = workbook_new_opt(argv[2], &options))) fail("cannot create the workbook");
            break;
        }
        case CALL_PROPERTIES: {
            lxw_doc_properties properties = {.title = (char *)r->s[0], .subject = (char *)r->s[1],
                                             .author = (char *)r->s[2], .keywords = (char *)r->s[3],
                                             .comments = (char *)r->s[4], .created = (time_t)r->d[0]};
            CHECK(workbook_set_properties(workbook, &properties));
            break;
        }
        case CALL_ADD_SHEET:
            if (!(sheets[sheet_count++] = workbook_add_worksheet(workbook, r->s[0]))) fail("cannot add a sheet");
            break;
        case CALL_ADD_FORMAT: formats[format_count++] = workbook_add_format(workbook); break;
        case CALL_BOLD: format_set_bold(format(i[0])); break;
        case CALL_ITALIC: format_set_italic(format(i[0])); break;
        case CALL_UNDERLINE: format_set_underline(format(i[0]), (uint8_t)i[1]); break;
        case CALL_WRAP: format_set_text_wrap(format(i[0])); break;
        case CALL_ALIGN: format_set_align(format(i[0]), (uint8_t)i[1]); break;
        case CALL_FONT_COLOR: format_set_font_color(format(i[0]), (lxw_color_t)i[1]); break;
        case CALL_PATTERN: format_set_pattern(format(i[0]), (uint8_t)i[1]); break;
        case CALL_BG_COLOR: format_set_bg_color(format(i[0]), (lxw_color_t)i[1]); break;
        case CALL_NUM_FORMAT: format_set_num_format(format(i[0]), r->s[0]); break;
        case CALL_BORDER: format_set_border(format(i[0]), (uint8_t)i[1]); break;
        case CALL_FONT_SIZE: format_set_font_size(format(i[0]), r->d[0]); break;
        case CALL_STRING: CHECK(worksheet_write_string(sheet, i[1], i[2], r->s[0], format(i[3]))); break;
        case CALL_NUMBER: CHECK(worksheet_write_number(sheet, i[1], i[2], r->d[0], format(i[3]))); break;
        case CALL_BOOLEAN: CHECK(worksheet_write_boolean(sheet, i[1], i[2], i[4], format(i[3]))); break;
        case CALL_URL: CHECK(worksheet_write_url(sheet, i[1], i[2], r->s[0], format(i[3]))); break;
        case CALL_URL_OPT:
            CHECK(worksheet_write_url_opt(sheet, i[1], i[2], r->s[0], format(i[3]), r->s[1], r->s[2]));
            break;
        case CALL_COMMENT: CHECK(worksheet_write_comment(sheet, i[1], i[2], r->s[0])); break;
        case CALL_SET_COLUMN: CHECK(worksheet_set_column(sheet, i[1], i[2], r->d[0], format(i[3]))); break;
        case CALL_SET_ROW: CHECK(worksheet_set_row(sheet, i[1], r->d[0], format(i[2]))); break;
        case CALL_FREEZE_PANES: worksheet_freeze_panes(sheet, i[1], i[2]); break;
        case CALL_AUTOFILTER: CHECK(worksheet_autofilter(sheet, i[1], i[2], i[3], i[4])); break;
        case CALL_MERGE: CHECK(worksheet_merge_range(sheet, i[1], i[2], i[3], i[4], r->s[0], format(i[5]))); break;
        case CALL_HEADER: CHECK(worksheet_set_header(sheet, r->s[0])); break;
        case CALL_FOOTER: CHECK(worksheet_set_footer(sheet, r->s[0])); break;
        case CALL_LANDSCAPE: worksheet_set_landscape(sheet); break;
        case CALL_PAPER: worksheet_set_paper(sheet, (uint8_t)i[1]); break;
        case CALL_REPEAT_ROWS: CHECK(worksheet_repeat_rows(sheet, i[1], i[2])); break;
        case CALL_FIT_TO_PAGES: worksheet_fit_to_pages(sheet, (uint16_t)i[1], (uint16_t)i[2]); break;
        case CALL_INSERT_CHART: {
            lxw_chart_options options = {.x_scale = r->d[0], .y_scale = r->d[1]};
            CHECK(worksheet_insert_chart_opt(sheet, i[1], i[2], chart(i[3]), &options));
            break;
        }
        case CALL_ADD_CHART:
            if (!(charts[chart_count++] = workbook_add_chart(workbook, (uint8_t)i[0]))) fail("cannot add a chart");
            break;
        case CALL_CHART_TITLE: chart_title_set_name(chart(i[0]), r->s[0]); break;
        case CALL_AXIS_NAME:
            chart_axis_set_name(i[1] == 0 ? chart(i[0])->x_axis : chart(i[0])->y_axis, r->s[0]);
            break;
        case CALL_ADD_SERIES:
            if (!(series[series_count++] = chart_add_series(chart(i[0]), r->s[0], r->s[1]))) fail("cannot add a series");
            break;
        case CALL_SERIES_NAME: chart_series_set_name(one_series(i[0]), r->s[0]); break;
        case CALL_SERIES_CATEGORIES:
            chart_series_set_categories(one_series(i[0]), r->s[0], i[1], i[2], i[3], i[4]);
            break;
        case CALL_SERIES_VALUES: chart_series_set_values(one_series(i[0]), r->s[0], i[1], i[2], i[3], i[4]); break;
        case CALL_CLOSE: closed = workbook_close(workbook); break;
        default: fail("an unknown call");
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &stop);
    if (closed) fail(lxw_strerror(closed));
    printf("%ld\n", (long)((stop.tv_sec - start.tv_sec) * 1000 + (stop.tv_nsec - start.tv_nsec) / 1000000));
    return 0;
}
