/* The file of libxlsxwriter calls that workbook-trace.c records from the tool and
 * bare-workbook-calls.c replays: one record per call the tool made, in order.
 *
 * A record is its operation (one byte), then its fields as the operation's layout says: 'i' a
 * 32-bit integer, 'd' a double, 's' a string (a 32-bit length, -1 for NULL, then the bytes and a
 * NUL). Workbook objects are numbered in the order they were made: sheets, formats (-1 is NULL,
 * the default format), charts, and series across all charts.
 */
#ifndef WORKBOOK_CALLS_H
#define WORKBOOK_CALLS_H

enum call {
    CALL_NEW = 1,           /* constant_memory, use_zip64 */
    CALL_PROPERTIES,        /* title, subject, author, keywords, comments, created (seconds) */
    CALL_ADD_SHEET,         /* name */
    CALL_ADD_FORMAT,
    CALL_BOLD,              /* format */
    CALL_ITALIC,            /* format */
    CALL_UNDERLINE,         /* format, style */
    CALL_WRAP,              /* format */
    CALL_ALIGN,             /* format, alignment */
    CALL_FONT_COLOR,        /* format, colour */
    CALL_PATTERN,           /* format, pattern */
    CALL_BG_COLOR,          /* format, colour */
    CALL_NUM_FORMAT,        /* format, code */
    CALL_BORDER,            /* format, style */
    CALL_FONT_SIZE,         /* format, size */
    CALL_STRING,            /* sheet, row, column, format, text */
    CALL_NUMBER,            /* sheet, row, column, format, number */
    CALL_BOOLEAN,           /* sheet, row, column, format, value */
    CALL_URL,               /* sheet, row, column, format, url */
    CALL_URL_OPT,           /* sheet, row, column, format, url, text, tooltip */
    CALL_COMMENT,           /* sheet, row, column, text */
    CALL_SET_COLUMN,        /* sheet, first, last, format, width */
    CALL_SET_ROW,           /* sheet, row, format, height */
    CALL_FREEZE_PANES,      /* sheet, row, column */
    CALL_AUTOFILTER,        /* sheet, first row, first column, last row, last column */
    CALL_MERGE,             /* sheet, first row, first column, last row, last column, format, text */
    CALL_HEADER,            /* sheet, text */
    CALL_FOOTER,            /* sheet, text */
    CALL_LANDSCAPE,         /* sheet */
    CALL_PAPER,             /* sheet, paper */
    CALL_REPEAT_ROWS,       /* sheet, first, last */
    CALL_FIT_TO_PAGES,      /* sheet, wide, tall */
    CALL_INSERT_CHART,      /* sheet, row, column, chart, x scale, y scale */
    CALL_ADD_CHART,         /* type */
    CALL_CHART_TITLE,       /* chart, name */
    CALL_AXIS_NAME,         /* chart, axis (0 x, 1 y), name */
    CALL_ADD_SERIES,        /* chart, categories, values */
    CALL_SERIES_NAME,       /* series, name */
    CALL_SERIES_CATEGORIES, /* series, first row, first column, last row, last column, sheet name */
    CALL_SERIES_VALUES,     /* series, first row, first column, last row, last column, sheet name */
    CALL_CLOSE,
    CALL_COUNT
};

static const char *const call_layouts[CALL_COUNT] = {
    [CALL_NEW] = "ii",
    [CALL_PROPERTIES] = "sssssd",
    [CALL_ADD_SHEET] = "s",
    [CALL_ADD_FORMAT] = "",
    [CALL_BOLD] = "i",
    [CALL_ITALIC] = "i",
    [CALL_UNDERLINE] = "ii",
    [CALL_WRAP] = "i",
    [CALL_ALIGN] = "ii",
    [CALL_FONT_COLOR] = "ii",
    [CALL_PATTERN] = "ii",
    [CALL_BG_COLOR] = "ii",
    [CALL_NUM_FORMAT] = "is",
    [CALL_BORDER] = "ii",
    [CALL_FONT_SIZE] = "id",
    [CALL_STRING] = "iiiis",
    [CALL_NUMBER] = "iiiid",
    [CALL_BOOLEAN] = "iiiii",
    [CALL_URL] = "iiiis",
    [CALL_URL_OPT] = "iiiisss",
    [CALL_COMMENT] = "iiis",
    [CALL_SET_COLUMN] = "iiiid",
    [CALL_SET_ROW] = "iiid",
    [CALL_FREEZE_PANES] = "iii",
    [CALL_AUTOFILTER] = "iiiii",
    [CALL_MERGE] = "iiiiiis",
    [CALL_HEADER] = "is",
    [CALL_FOOTER] = "is",
    [CALL_LANDSCAPE] = "i",
    [CALL_PAPER] = "ii",
    [CALL_REPEAT_ROWS] = "iii",
    [CALL_FIT_TO_PAGES] = "iii",
    [CALL_INSERT_CHART] = "iiiidd",
    [CALL_ADD_CHART] = "i",
    [CALL_CHART_TITLE] = "is",
    [CALL_AXIS_NAME] = "iis",
    [CALL_ADD_SERIES] = "iss",
    [CALL_SERIES_NAME] = "is",
    [CALL_SERIES_CATEGORIES] = "iiiiis",
    [CALL_SERIES_VALUES] = "iiiiis",
    [CALL_CLOSE] = "",
};

#endif
