/* The floor for loading: libyaml's event parser reading every YAML file of a library folder and
 * nothing else (no nodes, no model, no checks), on one thread. It is the libyaml the tool itself
 * parses with: the system's (Debian's libyaml-dev, through pkg-config yaml-0.1). Reads the
 * files into memory first, then times only the parsing, and prints it in milliseconds.
 *
 *   bare-parse LIBRARY-FOLDER
 *
 * Exits non-zero, saying where, if a file does not parse: the floor must have read everything.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <yaml.h>

typedef struct {
    char *path;
    unsigned char *bytes;
    size_t length;
} file;

static file *files;
static size_t count, capacity;

static int read_folder(const char *folder) {
    DIR *dir = opendir(folder);
    if (!dir) {
        perror(folder);
        return -1;
    }
    struct dirent *entry;
    while ((entry = readdir(dir))) {
        if (entry->d_name[0] == '.') continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", folder, entry->d_name);
        struct stat info;
        if (stat(path, &info) != 0) {
            perror(path);
            return -1;
        }
        if (S_ISDIR(info.st_mode)) {
            if (read_folder(path) != 0) return -1;
            continue;
        }
        size_t name = strlen(entry->d_name);
        if (name < 5 || strcmp(entry->d_name + name - 5, ".yaml") != 0) continue;
        FILE *in = fopen(path, "rb");
        if (!in) {
            perror(path);
            return -1;
        }
        unsigned char *bytes = malloc(info.st_size ? info.st_size : 1);
        if (fread(bytes, 1, info.st_size, in) != (size_t)info.st_size) {
            fprintf(stderr, "%s: could not read\n", path);
            return -1;
        }
        fclose(in);
        if (count == capacity) {
            capacity = capacity ? capacity * 2 : 64;
            files = realloc(files, capacity * sizeof(file));
        }
        files[count++] = (file){strdup(path), bytes, info.st_size};
    }
    closedir(dir);
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: bare-parse LIBRARY-FOLDER\n");
        return 64;
    }
    if (read_folder(argv[1]) != 0) return 1;

    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    unsigned long events = 0;
    for (size_t i = 0; i < count; i++) {
        yaml_parser_t parser;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, files[i].bytes, files[i].length);
        for (;;) {
            yaml_event_t event;
            if (!yaml_parser_parse(&parser, &event)) {
                fprintf(stderr, "%s:%zu:%zu: %s\n", files[i].path, parser.problem_mark.line + 1,
                        parser.problem_mark.column + 1, parser.problem ? parser.problem : "parse error");
                return 1;
            }
            int done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            events++;
            if (done) break;
        }
        yaml_parser_delete(&parser);
    }
    clock_gettime(CLOCK_MONOTONIC, &end);

    fprintf(stderr, "%zu files, %lu events\n", count, events);
    printf("%ld\n", (end.tv_sec - start.tv_sec) * 1000 + (end.tv_nsec - start.tv_nsec) / 1000000);
    return 0;
}
