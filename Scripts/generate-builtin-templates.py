#!/usr/bin/env python3
"""Generates Sources/FinalDocument/Internal/BuiltInTemplates.swift from Templates/*.mustache.

The default templates are built into the binary, so that `labour-monitor report` works from any
folder; `--templates DIR` still reads a folder at every run. Run after editing a template:

    make templates

A test (BuiltInTemplatesTests) fails while this file and Templates/ differ.
"""
import os
import sys

from builtin_files import read, swift_enum

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
folder = os.path.join(root, "Templates")
names = sorted(name for name in os.listdir(folder) if name.endswith(".mustache") and not name.startswith("."))
entries = [(name[:-len(".mustache")], text) for name, text in read(folder, names)]
sys.stdout.write(swift_enum("generate-builtin-templates.py", "Templates/",
                            "The templates of Templates/ as they were when the tool was built: the default of every command.",
                            "BuiltInTemplates", entries))
