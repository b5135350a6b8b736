#!/usr/bin/env python3
"""Turns a terminal capture with SGR escapes (`tmux capture-pane -e -p -N`) into a PNG.

    scripts/ansi_to_png.py CAPTURE.ans OUT.png [--markup OUT.pango]

The escapes become Pango markup spans (bold, dim, reverse, 8/16 colours, 256 colours,
24-bit colours, defaults and reset) over a dark terminal background, and ImageMagick's
Pango reader draws them in DejaVu Sans Mono. Standard library only; needs `convert`.

tmux carries attributes from one line to the next without resetting them, exactly as a
terminal would, so the state here survives newlines too.
"""

import argparse
import html
import os
import re
import struct
import subprocess
import sys
import tempfile
import unicodedata

BACKGROUND = "#101010"
FOREGROUND = "#d4d4d4"
# At 12 points the box-drawing bar is a little taller than a line, so a frame's sides join
# from row to row (at 11 they leave a faint gap), and `_` still shows above the next line.
FONT = "DejaVu Sans Mono 12"
BORDER = 14

# The 16 base colours of xterm's default palette, which tmux-256color's 0-15 mean.
BASE16 = [
    "#000000", "#cd0000", "#00cd00", "#cdcd00", "#0000ee", "#cd00cd", "#00cdcd", "#e5e5e5",
    "#7f7f7f", "#ff0000", "#00ff00", "#ffff00", "#5c5cff", "#ff00ff", "#00ffff", "#ffffff",
]  # fmt: skip
CUBE = [0, 95, 135, 175, 215, 255]
SGR = re.compile(r"\x1b\[([0-9;:]*)m")
# Escapes other than SGR (tmux only sends those, but a stray one must not leak as text).
OTHER_ESCAPE = re.compile(r"\x1b(\[[0-9;?]*[A-Za-ln-z@`]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z])")


def colour256(n):
    """The xterm RGB of palette entry n as #rrggbb."""
    if n < 16:
        return BASE16[n]
    if n < 232:
        n -= 16
        r, g, b = CUBE[n // 36], CUBE[(n // 6) % 6], CUBE[n % 6]
        return f"#{r:02x}{g:02x}{b:02x}"
    grey = 8 + 10 * (n - 232)
    return f"#{grey:02x}{grey:02x}{grey:02x}"


def blend(colour, toward, amount):
    """colour moved `amount` of the way to `toward`: how a terminal draws dim text."""
    a = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(toward[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b))


class Pen:
    """The SGR state: what the next character is drawn with."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = None
        self.bg = None
        self.bold = self.dim = self.italic = self.underline = self.reverse = False

    def apply(self, params):
        codes = [int(p) if p else 0 for p in re.split("[;:]", params)] if params else [0]
        i = 0
        while i < len(codes):
            c = codes[i]
            if c == 0:
                self.reset()
            elif c == 1:
                self.bold = True
            elif c == 2:
                self.dim = True
            elif c == 3:
                self.italic = True
            elif c == 4:
                self.underline = True
            elif c == 7:
                self.reverse = True
            elif c == 22:
                self.bold = self.dim = False
            elif c == 23:
                self.italic = False
            elif c == 24:
                self.underline = False
            elif c == 27:
                self.reverse = False
            elif 30 <= c <= 37:
                self.fg = BASE16[c - 30]
            elif 40 <= c <= 47:
                self.bg = BASE16[c - 40]
            elif 90 <= c <= 97:
                self.fg = BASE16[c - 90 + 8]
            elif 100 <= c <= 107:
                self.bg = BASE16[c - 100 + 8]
            elif c == 39:
                self.fg = None
            elif c == 49:
                self.bg = None
            elif c in (38, 48) and i + 1 < len(codes):
                colour = None
                if codes[i + 1] == 5 and i + 2 < len(codes):
                    colour = colour256(codes[i + 2] % 256)
                    i += 2
                elif codes[i + 1] == 2 and i + 4 < len(codes):
                    colour = "#" + "".join(f"{v % 256:02x}" for v in codes[i + 2 : i + 5])
                    i += 4
                if c == 38:
                    self.fg = colour
                else:
                    self.bg = colour
            i += 1

    def attributes(self):
        """Pango span attributes for the current state, or '' for plain text."""
        fg, bg = self.fg, self.bg
        if self.reverse:
            fg, bg = (bg or BACKGROUND), (fg or FOREGROUND)
        if self.dim:
            fg = blend(fg or FOREGROUND, bg or BACKGROUND, 0.4)
        out = []
        if self.bold:
            out.append('weight="bold"')
        if self.italic:
            out.append('style="italic"')
        if self.underline:
            out.append('underline="single"')
        if fg:
            out.append(f'foreground="{fg}"')
        if bg:
            out.append(f'background="{bg}"')
        return " ".join(out)


def run_convert(arguments):
    """Runs ImageMagick's convert, again if it aborts.

    Debian's ImageMagick 6 with Pango now and then aborts while it shuts down (seen with
    `info:` output, about one run in ten), so a failed run is tried twice more.
    """
    for attempt in range(3):
        result = subprocess.run(["convert", *arguments])
        if result.returncode == 0:
            return
    sys.exit(f"ansi_to_png: convert failed {attempt + 1} times (status {result.returncode})")


def rendered_size(markup):
    """(width, height) in pixels of markup as ImageMagick's Pango reader draws it."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "measure.png")
        run_convert(["-background", "black", "pango:" + markup, path])
        with open(path, "rb") as f:
            header = f.read(24)
    # A PNG's IHDR chunk, first in the file, holds the width and height.
    return struct.unpack(">II", header[16:24])


def rendered_width(markup):
    return rendered_size(markup)[0]


class Fitter:
    """Keeps every glyph on the terminal's cell grid.

    Pango draws a glyph that DejaVu Sans Mono lacks (the pause sign) from a fallback font,
    whose advance and height differ from a cell's, so the rest of its line would drift and
    its line would grow: each such glyph is measured once and given the letter spacing that
    makes its advance whole cells, and every line gets the monospace font's own height.
    """

    SAMPLE = 40  # glyphs measured at once, so that rounding to whole pixels hardly matters

    def __init__(self):
        self.spacing = {}
        n = self.SAMPLE
        self.cell = rendered_width(self.font_span("a" * n)) / n
        spaced = rendered_width(self.font_span("a" * n, ' letter_spacing="10240"')) / n
        self.units_per_pixel = 10240 / (spaced - self.cell)
        natural = rendered_size(self.font_span("\n".join("a" * n)))[1] / n
        # An absolute line height is in device units (1024 a pixel), unlike letter spacing,
        # which is in points and so depends on the resolution.
        self.line_height = round(natural * 1024)

    @staticmethod
    def font_span(body, extra=""):
        return f'<span font="{FONT}"{extra}>{body}</span>'

    def adjust(self, ch):
        """Pango letter spacing that puts ch on whole cells, or 0."""
        if ch.isascii():
            return 0
        if ch not in self.spacing:
            cells = 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
            width = rendered_width(self.font_span(html.escape(ch) * self.SAMPLE)) / self.SAMPLE
            off = cells * self.cell - width
            self.spacing[ch] = round(off * self.units_per_pixel) if abs(off) >= 0.05 else 0
        return self.spacing[ch]

    def markup(self, text):
        """Escaped text with each glyph that needs it in a letter-spaced span."""
        out = []
        for ch in text:
            spacing = self.adjust(ch)
            escaped = html.escape(ch, quote=False)
            out.append(f'<span letter_spacing="{spacing}">{escaped}</span>' if spacing else escaped)
        return "".join(out)


def to_markup(text):
    """Pango markup for a capture: one span per run of equally drawn characters."""
    pen = Pen()
    fitter = Fitter()
    lines = []
    rows = text.split("\n")
    # Only the newline that ends the last row goes: blank rows at the bottom are screen too.
    if rows and rows[-1] == "":
        rows.pop()
    for line in rows:
        pieces, run, run_attrs = [], [], None

        def flush():
            if run:
                body = fitter.markup("".join(run))
                pieces.append(f"<span {run_attrs}>{body}</span>" if run_attrs else body)
                run.clear()

        at = 0
        line = OTHER_ESCAPE.sub("", line)
        for match in list(SGR.finditer(line)) + [None]:
            end = match.start() if match else len(line)
            chunk = line[at:end]
            if chunk:
                attrs = pen.attributes()
                if attrs != run_attrs:
                    flush()
                    run_attrs = attrs
                run.extend(ch for ch in chunk if ch >= " ")
            if match:
                pen.apply(match.group(1))
                at = match.end()
        flush()
        lines.append("".join(pieces))
    body = "\n".join(lines)
    colours = f'foreground="{FOREGROUND}" background="{BACKGROUND}"'
    return f'<span font="{FONT}" {colours} line_height="{fitter.line_height}">{body}</span>'


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("capture", help="text with SGR escapes, e.g. from tmux capture-pane -e -p -N")
    parser.add_argument("png", help="the picture to write")
    parser.add_argument("--markup", help="also keep the Pango markup in this file")
    args = parser.parse_args()
    with open(args.capture, encoding="utf-8", errors="replace") as f:
        markup = to_markup(f.read())
    # ImageMagick reads % as the start of an image property, even in a file's text.
    markup = markup.replace("%", "%%")
    if args.markup:
        with open(args.markup, "w", encoding="utf-8") as f:
            f.write(markup)
    # The markup goes on the command line: Debian's ImageMagick policy refuses `pango:@FILE`.
    run_convert(
        ["-background", BACKGROUND, "pango:" + markup,
         "-bordercolor", BACKGROUND, "-border", str(BORDER),
         "-strip", "+dither", "-colors", "256", "PNG8:" + args.png],
    )  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
