/* Records the libxlsxwriter calls that make a program's workbook, for bare-workbook-calls.c to make again
 * without the program: loaded with LD_PRELOAD, it stands in front of each function the tool's
 * XLSXWriter module calls to make a workbook (all but lxw_version, lxw_strerror,
 * workbook_validate_sheet_name and, on failure, lxw_workbook_free), writes the call to the file named by LM_WORKBOOK_TRACE (see
 * workbook-calls.h) and hands it to the real function.
 *
 *   cc -O2 -shared -fPIC -o workbook-trace.so workbook-trace.c -ldl
 *   LD_PRELOAD=./workbook-trace.so LM_WORKBOOK_TRACE=calls labour-monitor workbook 2025 ...
 *
 * Only the program's own calls are recorded: libxlsxwriter calling its own exported functions (the
 * default formats it makes, worksheet_write_url calling worksheet_write_url_opt) goes through here
 * too, and is passed on unrecorded. A call from a second thread, or a function the tool calls that
 * is not recorded here, would make the replay differ: the first stops the trace with an error, the
 * second shows in the comparison of the two workbooks that the suite makes.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "workbook-calls.h"

static FILE *trace;
static pthread_t tracing_thread;
static __thread int depth;

#define MAX_OBJECTS 4096
typedef struct {
    const void *pointers[MAX_OBJECTS];
    int count;
} objects;
static objects sheets, formats, charts, series;

static void fail(const char *message) {
    fprintf(stderr, "workbook-trace: %s\n", message);
    exit(70);
}

static int add(objects *list, const void *pointer) {
    if (list->count == MAX_OBJECTS) fail("too many workbook objects");
    list->pointers[list->count] = pointer;
    return list->count++;
}

static int find(const objects *list, const void *pointer) {
    if (!pointer) return -1;
    for (int i = list->count - 1; i >= 0; i--)
        if (list->pointers[i] == pointer) return i;
    fail("a call names a workbook object that was not made through a recorded call");
    return -1;
}

/* Starts a call: true when it is the program's own and is to be recorded. */
static int enter(void) {
    if (depth++ > 0) return 0;
    if (!trace) {
        const char *path = getenv("LM_WORKBOOK_TRACE");
        if (!path || !(trace = fopen(path, "wb"))) fail("LM_WORKBOOK_TRACE names no file that can be written");
        tracing_thread = pthread_self();
    } else if (!pthread_equal(tracing_thread, pthread_self())) {
        fail("libxlsxwriter called from a second thread: the order of the calls is not one sequence");
    }
    return 1;
}

static void leave(void) {
    depth--;
}

static void put_int(int value) {
    int32_t field = value;
    fwrite(&field, sizeof field, 1, trace);
}

static void record(enum call call, ...) {
    unsigned char code = (unsigned char)call;
    fwrite(&code, 1, 1, trace);
    va_list fields;
    va_start(fields, call);
    for (const char *kind = call_layouts[call]; *kind; kind++) {
        if (*kind == 'i') {
            put_int(va_arg(fields, int));
        } else if (*kind == 'd') {
            double value = va_arg(fields, double);
            fwrite(&value, sizeof value, 1, trace);
        } else {
            const char *text = va_arg(fields, const char *);
            if (!text) {
                put_int(-1);
                continue;
            }
            size_t length = strlen(text);
            put_int((int)length);
            fwrite(text, 1, length + 1, trace);
        }
    }
    va_end(fields);
    if (ferror(trace)) fail("could not write the trace");
}

#define REAL(name)                                     \
    static __typeof__(name) *real;                     \
    if (!real) real = (__typeof__(name) *)dlsym(RTLD_NEXT, #name); \
    if (!real) fail("libxlsxwriter has no " #name)

/* The call is recorded before it is made; the objects a call makes are numbered after it
 * returns, by the functions that make them below. */
#define PASS(name, call_args, ...)      \
    REAL(name);                         \
    if (enter()) record(__VA_ARGS__);   \
    __auto_type result = real call_args; \
    leave();                            \
    return result

#define PASS_VOID(name, call_args, ...) \
    REAL(name);                         \
    if (enter()) record(__VA_ARGS__);   \
    real call_args;                     \
    leave()

lxw_workbook *workbook_new_opt(const char *filename, lxw_workbook_options *options) {
    PASS(workbook_new_opt, (filename, options), CALL_NEW, options ? options->constant_memory : 0,
         options ? options->use_zip64 : 0);
}

lxw_error workbook_set_properties(lxw_workbook *workbook, lxw_doc_properties *p) {
    PASS(workbook_set_properties, (workbook, p), CALL_PROPERTIES, p->title, p->subject, p->author, p->keywords,
         p->comments, (double)p->created);
}

lxw_worksheet *workbook_add_worksheet(lxw_workbook *workbook, const char *name) {
    REAL(workbook_add_worksheet);
    int mine = enter();
    if (mine) record(CALL_ADD_SHEET, name);
    lxw_worksheet *sheet = real(workbook, name);
    if (mine && sheet) add(&sheets, sheet);
    leave();
    return sheet;
}

lxw_format *workbook_add_format(lxw_workbook *workbook) {
    REAL(workbook_add_format);
    int mine = enter();
    if (mine) record(CALL_ADD_FORMAT);
    lxw_format *format = real(workbook);
    if (mine && format) add(&formats, format);
    leave();
    return format;
}

lxw_chart *workbook_add_chart(lxw_workbook *workbook, uint8_t type) {
    REAL(workbook_add_chart);
    int mine = enter();
    if (mine) record(CALL_ADD_CHART, (int)type);
    lxw_chart *chart = real(workbook, type);
    if (mine && chart) add(&charts, chart);
    leave();
    return chart;
}

lxw_error workbook_close(lxw_workbook *workbook) {
    REAL(workbook_close);
    int mine = enter();
    if (mine) {
        record(CALL_CLOSE);
        if (fclose(trace)) fail("could not write the trace");
        trace = NULL;
    }
    lxw_error error = real(workbook);
    leave();
    return error;
}

#define FORMAT_FLAG(name, call)          \
    void name(lxw_format *format) {      \
        PASS_VOID(name, (format), call, find(&formats, format)); \
    }
#define FORMAT_VALUE(name, type, call)   \
    void name(lxw_format *format, type value) { \
        PASS_VOID(name, (format, value), call, find(&formats, format), (int)value); \
    }

FORMAT_FLAG(format_set_bold, CALL_BOLD)
FORMAT_FLAG(format_set_italic, CALL_ITALIC)
FORMAT_FLAG(format_set_text_wrap, CALL_WRAP)
FORMAT_VALUE(format_set_underline, uint8_t, CALL_UNDERLINE)
FORMAT_VALUE(format_set_align, uint8_t, CALL_ALIGN)
FORMAT_VALUE(format_set_font_color, lxw_color_t, CALL_FONT_COLOR)
FORMAT_VALUE(format_set_pattern, uint8_t, CALL_PATTERN)
FORMAT_VALUE(format_set_bg_color, lxw_color_t, CALL_BG_COLOR)
FORMAT_VALUE(format_set_border, uint8_t, CALL_BORDER)

void format_set_num_format(lxw_format *format, const char *code) {
    PASS_VOID(format_set_num_format, (format, code), CALL_NUM_FORMAT, find(&formats, format), code);
}

void format_set_font_size(lxw_format *format, double size) {
    PASS_VOID(format_set_font_size, (format, size), CALL_FONT_SIZE, find(&formats, format), size);
}

#define SHEET find(&sheets, sheet)
#define FORMAT find(&formats, format)

lxw_error worksheet_write_string(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const char *text,
                                 lxw_format *format) {
    PASS(worksheet_write_string, (sheet, row, col, text, format), CALL_STRING, SHEET, (int)row, (int)col, FORMAT,
         text);
}

lxw_error worksheet_write_number(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, double number,
                                 lxw_format *format) {
    PASS(worksheet_write_number, (sheet, row, col, number, format), CALL_NUMBER, SHEET, (int)row, (int)col, FORMAT,
         number);
}

lxw_error worksheet_write_boolean(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, int value, lxw_format *format) {
    PASS(worksheet_write_boolean, (sheet, row, col, value, format), CALL_BOOLEAN, SHEET, (int)row, (int)col, FORMAT,
         value);
}

lxw_error worksheet_write_url(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const char *url,
                              lxw_format *format) {
    PASS(worksheet_write_url, (sheet, row, col, url, format), CALL_URL, SHEET, (int)row, (int)col, FORMAT, url);
}

lxw_error worksheet_write_url_opt(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const char *url,
                                  lxw_format *format, const char *text, const char *tooltip) {
    PASS(worksheet_write_url_opt, (sheet, row, col, url, format, text, tooltip), CALL_URL_OPT, SHEET, (int)row,
         (int)col, FORMAT, url, text, tooltip);
}

lxw_error worksheet_write_comment(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const char *text) {
    PASS(worksheet_write_comment, (sheet, row, col, text), CALL_COMMENT, SHEET, (int)row, (int)col, text);
}

lxw_error worksheet_set_column(lxw_worksheet *sheet, lxw_col_t first, lxw_col_t last, double width,
                               lxw_format *format) {
    PASS(worksheet_set_column, (sheet, first, last, width, format), CALL_SET_COLUMN, SHEET, (int)first, (int)last,
         FORMAT, width);
}

lxw_error worksheet_set_row(lxw_worksheet *sheet, lxw_row_t row, double height, lxw_format *format) {
    PASS(worksheet_set_row, (sheet, row, height, format), CALL_SET_ROW, SHEET, (int)row, FORMAT, height);
}

void worksheet_freeze_panes(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col) {
    PASS_VOID(worksheet_freeze_panes, (sheet, row, col), CALL_FREEZE_PANES, SHEET, (int)row, (int)col);
}

lxw_error worksheet_autofilter(lxw_worksheet *sheet, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row,
                               lxw_col_t last_col) {
    PASS(worksheet_autofilter, (sheet, first_row, first_col, last_row, last_col), CALL_AUTOFILTER, SHEET,
         (int)first_row, (int)first_col, (int)last_row, (int)last_col);
}

lxw_error worksheet_merge_range(lxw_worksheet *sheet, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row,
                                lxw_col_t last_col, const char *text, lxw_format *format) {
    PASS(worksheet_merge_range, (sheet, first_row, first_col, last_row, last_col, text, format), CALL_MERGE, SHEET,
         (int)first_row, (int)first_col, (int)last_row, (int)last_col, FORMAT, text);
}

lxw_error worksheet_set_header(lxw_worksheet *sheet, const char *text) {
    PASS(worksheet_set_header, (sheet, text), CALL_HEADER, SHEET, text);
}

lxw_error worksheet_set_footer(lxw_worksheet *sheet, const char *text) {
    PASS(worksheet_set_footer, (sheet, text), CALL_FOOTER, SHEET, text);
}

void worksheet_set_landscape(lxw_worksheet *sheet) {
    PASS_VOID(worksheet_set_landscape, (sheet), CALL_LANDSCAPE, SHEET);
}

void worksheet_set_paper(lxw_worksheet *sheet, uint8_t paper) {
    PASS_VOID(worksheet_set_paper, (sheet, paper), CALL_PAPER, SHEET, (int)paper);
}

lxw_error worksheet_repeat_rows(lxw_worksheet *sheet, lxw_row_t first, lxw_row_t last) {
    PASS(worksheet_repeat_rows, (sheet, first, last), CALL_REPEAT_ROWS, SHEET, (int)first, (int)last);
}

void worksheet_fit_to_pages(lxw_worksheet *sheet, uint16_t wide, uint16_t tall) {
    PASS_VOID(worksheet_fit_to_pages, (sheet, wide, tall), CALL_FIT_TO_PAGES, SHEET, (int)wide, (int)tall);
}

lxw_error worksheet_insert_chart_opt(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, lxw_chart *chart,
                                     lxw_chart_options *options) {
    PASS(worksheet_insert_chart_opt, (sheet, row, col, chart, options), CALL_INSERT_CHART, SHEET, (int)row, (int)col,
         find(&charts, chart), options ? options->x_scale : 1.0, options ? options->y_scale : 1.0);
}

void chart_title_set_name(lxw_chart *chart, const char *name) {
    PASS_VOID(chart_title_set_name, (chart, name), CALL_CHART_TITLE, find(&charts, chart), name);
}

/* An axis is named by its chart and which of the chart's two axes it is. */
static void axis_of(const lxw_chart_axis *axis, int *chart, int *which) {
    for (int i = 0; i < charts.count; i++) {
        const lxw_chart *c = charts.pointers[i];
        if (c->x_axis == axis || c->y_axis == axis) {
            *chart = i;
            *which = c->x_axis == axis ? 0 : 1;
            return;
        }
    }
    fail("an axis of a chart that was not made through a recorded call");
}

void chart_axis_set_name(lxw_chart_axis *axis, const char *name) {
    REAL(chart_axis_set_name);
    if (enter()) {
        int chart, which;
        axis_of(axis, &chart, &which);
        record(CALL_AXIS_NAME, chart, which, name);
    }
    real(axis, name);
    leave();
}

lxw_chart_series *chart_add_series(lxw_chart *chart, const char *categories, const char *values) {
    REAL(chart_add_series);
    int mine = enter();
    if (mine) record(CALL_ADD_SERIES, find(&charts, chart), categories, values);
    lxw_chart_series *made = real(chart, categories, values);
    if (mine && made) add(&series, made);
    leave();
    return made;
}

void chart_series_set_name(lxw_chart_series *made, const char *name) {
    PASS_VOID(chart_series_set_name, (made, name), CALL_SERIES_NAME, find(&series, made), name);
}

void chart_series_set_categories(lxw_chart_series *made, const char *sheetname, lxw_row_t first_row,
                                 lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col) {
    PASS_VOID(chart_series_set_categories, (made, sheetname, first_row, first_col, last_row, last_col),
              CALL_SERIES_CATEGORIES, find(&series, made), (int)first_row, (int)first_col, (int)last_row,
              (int)last_col, sheetname);
}

void chart_series_set_values(lxw_chart_series *made, const char *sheetname, lxw_row_t first_row,
                             lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col) {
    PASS_VOID(chart_series_set_values, (made, sheetname, first_row, first_col, last_row, last_col),
              CALL_SERIES_VALUES, find(&series, made), (int)first_row, (int)first_col, (int)last_row, (int)last_col,
              sheetname);
}
