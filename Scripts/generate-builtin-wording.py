#!/usr/bin/env python3
"""Generates Sources/IndicatorLibrary/Wording/BuiltInWording.swift from Templates/strings/*.yaml.

The strings files (the words the tool prints in each language) are built into the binary, as the
templates are, so that every command runs from any folder. Run after editing one:

    make templates

A test (WordingTests) fails while this file and Templates/strings/ differ.
"""
import os
import sys

from builtin_files import read, swift_enum

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
folder = os.path.join(root, "Templates", "strings")
names = sorted(name for name in os.listdir(folder) if name.endswith(".yaml") and not name.startswith("."))
sys.stdout.write(swift_enum("generate-builtin-wording.py", "Templates/strings/",
                            "The strings files of Templates/strings/ as they were when the tool was built.",
                            "BuiltInWording", list(read(folder, names))))
