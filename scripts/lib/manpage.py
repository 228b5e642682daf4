#!/usr/bin/env python3
"""Writes sdcoach.1 (roff, man(7) macros) from `sdcoach --experimental-dump-help` on stdin, so the manual
lists exactly the commands and options the binary parses. Usage: manpage.py VERSION DATE < help.json > sdcoach.1"""
import json
import sys


def esc(text):
    """Escapes text for roff: backslashes, and a leading dot or quote that would read as a request."""
    text = (text or "").replace("\\", "\\e").replace("-", "\\-")
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def names(arg):
    out = []
    for n in arg.get("names", []):
        out.append(("-" if n["kind"] == "short" else "--") + n["name"])
    return ", ".join(out)


def usage(arg):
    if arg["kind"] == "positional":
        return "\\fI" + esc(arg.get("valueName", "arg")) + "\\fR"
    text = "\\fB" + esc(names(arg)) + "\\fR"
    if arg["kind"] == "option":
        text += " \\fI" + esc(arg.get("valueName", "value")) + "\\fR"
    return text


def arguments(args, skip=()):
    out = []
    for arg in args:
        if not arg.get("shouldDisplay", True):
            continue
        if any(n["name"] in skip for n in arg.get("names", [])):
            continue
        out.append(".TP")
        out.append(usage(arg))
        out.append(esc(arg.get("abstract", "")))
    return out


def command(cmd, path, global_names):
    out = []
    for sub in cmd.get("subcommands", []):
        if not sub.get("shouldDisplay", True) or sub["commandName"] == "help":
            continue
        full = path + [sub["commandName"]]
        out.append(".SS " + esc(" ".join(full)))
        out.append(esc(sub.get("abstract", "")))
        if sub.get("discussion"):
            out.append(".PP")
            out.append(esc(sub["discussion"]))
        out += arguments(sub.get("arguments", []), skip=global_names)
        out += command(sub, full, global_names)
    return out


def main():
    version, date = sys.argv[1], sys.argv[2]
    root = json.load(sys.stdin)["command"]
    global_args = [a for a in root.get("arguments", []) if a.get("shouldDisplay", True)]
    global_names = {n["name"] for a in global_args for n in a.get("names", [])} | {"help", "version"}
    out = [
        '.TH SDCOACH 1 "%s" "sdcoach %s" "User Commands"' % (date, version),
        ".SH NAME",
        "sdcoach \\- " + esc(root.get("abstract", "")),
        ".SH SYNOPSIS",
        ".B sdcoach",
        "[\\fIcommand\\fR] [\\fIoptions\\fR]",
        ".SH DESCRIPTION",
        esc(root.get("discussion", "")),
        ".SH GLOBAL OPTIONS",
    ]
    out += arguments(global_args)
    out.append(".SH COMMANDS")
    out += command(root, ["sdcoach"], global_names)
    out += [
        ".SH ENVIRONMENT",
        ".TP", "\\fBSDCOACH_DATA_DIR\\fR", "The data folder when \\-\\-data\\-dir is not given.",
        ".TP", "\\fBSDCOACH_CONTENT_DIR\\fR", "A content root (Content/ and Rubrics/) when \\-\\-content\\-dir is not given.",
        ".TP", "\\fBNO_COLOR\\fR", "Draw without colour.",
        ".SH FILES",
        ".TP", "\\fI~/.local/share/sdcoach\\fR",
        "Sessions, cards and settings (or \\fI$XDG_DATA_HOME/sdcoach\\fR).",
        ".TP", "\\fI<prefix>/share/sdcoach\\fR", "The bundled problem breakdowns, rubrics and card decks.",
        ".SH EXIT STATUS",
        "0 on success, 1 when a command fails, 64 for a wrong flag or argument.",
    ]
    sys.stdout.write("\n".join(out) + "\n")


main()
