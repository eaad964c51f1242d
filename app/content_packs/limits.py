"""Every limit the pack layer enforces, in one place (docs/pack-format.md lists them for authors).

Packs arrive from USB sticks and the internet, so each limit is there to keep a hostile or broken
pack from using unbounded memory or time on an old shared PC.
"""

from __future__ import annotations

# Expressions (safe_eval)
MAX_EXPRESSION_LENGTH = 400          # characters in one expression
MAX_EXPRESSION_DEPTH = 32            # nesting depth of the expression tree
MAX_EXPRESSION_NODES = 200           # nodes in one expression tree
MAX_NUMBER_DIGITS = 40               # digits of any integer, numerator or denominator, input or result
MAX_EXPONENT = 64                    # largest |exponent| for **
MAX_STRING_LENGTH = 1_000            # characters in any string value
MAX_PLACES = 12                      # decimal places for dec() and round()

# Templates
MAX_RENDER_TRIES = 200               # parameter draws before a template is declared unsatisfiable
VALIDATION_SEEDS = 20                # seeds every template item is rendered with when a pack is loaded
MAX_PARAMS = 20                      # parameters per item

# Text fields
MAX_ID_LENGTH = 80
MAX_TEXT_LENGTH = 4_000              # a prompt, hint, solution or choice
MAX_TITLE_LENGTH = 200
MAX_HINTS = 10
MAX_CHOICES = 10
MAX_ACCEPT = 20
MAX_CONSTRAINTS = 20
MAX_LIST_LENGTH = 50                 # authors, subjects, prerequisites

# Packs
MAX_SKILLS = 5_000
MAX_ITEMS = 50_000
MAX_ZIP_ENTRIES = 10_000
MAX_PACK_JSON_BYTES = 32 * 1024 * 1024
MAX_MEDIA_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_UNCOMPRESSED_BYTES = 512 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100          # uncompressed / compressed, per entry (zip bombs)
MAX_SIGNATURE_BYTES = 4_096

# Learner input
MAX_RESPONSE_LENGTH = 200

# Media content (media_sniff)
SNIFF_BYTES = 64 * 1024              # bytes of a media file looked at to tell what it really is
MAX_IMAGE_SIDE = 8_192               # pixels, width or height of a png, jpg, gif or webp
MAX_IMAGE_PIXELS = 25_000_000        # width × height (a small file can declare a huge image)
MAX_SVG_ELEMENTS = 20_000            # elements in one SVG drawing
MAX_SVG_DEPTH = 64                   # nesting depth of SVG elements
