"""The pictures of the First words packs, drawn as small flat SVGs (no text: the child reads the word).

Each drawing is a 200 x 200 view box with a dark outline on light shapes, so it stays clear on the
app's light and dark choice buttons and on an old, dim screen. Both language packs use the same
files byte for byte, so the app stores each picture once (by sha256).
"""

from __future__ import annotations

INK = "#2b2b2b"
SKIN = "#f2c29b"


def _svg(body: str) -> str:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="200" height="200">\n'
        f"{body.strip()}\n</svg>\n"
    )


def _stroke(width: int = 5) -> str:
    return f'stroke="{INK}" stroke-width="{width}" stroke-linejoin="round" stroke-linecap="round"'


CAT = _svg(f"""
<path d="M60 190 C40 150 50 110 100 110 C150 110 160 150 140 190 Z" fill="#f0a030" {_stroke()}/>
<path d="M140 180 C175 175 185 140 170 120" fill="none" {_stroke(8)}/>
<path d="M52 40 L62 90 L90 60 Z" fill="#f0a030" {_stroke()}/>
<path d="M148 40 L138 90 L110 60 Z" fill="#f0a030" {_stroke()}/>
<circle cx="100" cy="85" r="45" fill="#f0a030" {_stroke()}/>
<circle cx="82" cy="78" r="7" fill="{INK}"/>
<circle cx="118" cy="78" r="7" fill="{INK}"/>
<path d="M93 95 L107 95 L100 103 Z" fill="#e86a8a" {_stroke(3)}/>
<path d="M100 103 C96 112 88 112 86 108 M100 103 C104 112 112 112 114 108" fill="none" {_stroke(3)}/>
<path d="M80 100 L45 94 M80 106 L46 112 M120 100 L155 94 M120 106 L154 112" fill="none" {_stroke(3)}/>
""")

DOG = _svg(f"""
<ellipse cx="100" cy="105" rx="55" ry="60" fill="#b07a48" {_stroke()}/>
<ellipse cx="48" cy="95" rx="20" ry="45" fill="#6b4226" {_stroke()}/>
<ellipse cx="152" cy="95" rx="20" ry="45" fill="#6b4226" {_stroke()}/>
<ellipse cx="100" cy="135" rx="32" ry="25" fill="#f3e0c8" {_stroke()}/>
<circle cx="80" cy="90" r="8" fill="{INK}"/>
<circle cx="120" cy="90" r="8" fill="{INK}"/>
<ellipse cx="100" cy="122" rx="13" ry="9" fill="{INK}"/>
<path d="M100 131 L100 142 M88 145 C95 152 105 152 112 145" fill="none" {_stroke(4)}/>
<path d="M95 152 C95 168 108 168 108 152" fill="#e86a8a" {_stroke(3)}/>
""")

FISH = _svg(f"""
<path d="M150 100 L190 65 L190 135 Z" fill="#f08c28" {_stroke()}/>
<ellipse cx="95" cy="100" rx="70" ry="45" fill="#f5a623" {_stroke()}/>
<path d="M90 60 C100 35 125 40 130 65" fill="#f08c28" {_stroke()}/>
<path d="M110 65 C125 85 125 115 110 135" fill="none" {_stroke(4)}/>
<circle cx="55" cy="90" r="10" fill="#ffffff" {_stroke(3)}/>
<circle cx="55" cy="90" r="5" fill="{INK}"/>
<path d="M30 110 C38 116 46 116 52 112" fill="none" {_stroke(3)}/>
""")

BIRD = _svg(f"""
<path d="M150 95 L190 75 L185 110 Z" fill="#1f6fb2" {_stroke()}/>
<ellipse cx="105" cy="110" rx="55" ry="45" fill="#3a8fd8" {_stroke()}/>
<circle cx="70" cy="75" r="32" fill="#3a8fd8" {_stroke()}/>
<path d="M40 72 L15 82 L40 90 Z" fill="#f5b623" {_stroke(4)}/>
<circle cx="66" cy="68" r="7" fill="{INK}"/>
<path d="M95 105 C115 95 150 100 150 120 C130 130 105 125 95 105 Z" fill="#1f6fb2" {_stroke(4)}/>
<path d="M95 155 L90 185 M120 155 L125 185 M80 185 L100 185 M115 185 L135 185" fill="none" {_stroke(5)}/>
""")

COW = _svg(f"""
<path d="M55 55 C40 30 30 35 35 50 M145 55 C160 30 170 35 165 50" fill="none" {_stroke(8)}/>
<ellipse cx="32" cy="80" rx="22" ry="12" fill="#ffffff" {_stroke()}/>
<ellipse cx="168" cy="80" rx="22" ry="12" fill="#ffffff" {_stroke()}/>
<path d="M50 60 C50 40 150 40 150 60 L145 150 L55 150 Z" fill="#ffffff" {_stroke()}/>
<path d="M60 55 C75 50 85 70 70 85 C58 92 52 75 60 55 Z" fill="{INK}"/>
<path d="M128 95 C140 90 146 100 144 118 C134 122 124 110 128 95 Z" fill="{INK}"/>
<circle cx="80" cy="95" r="8" fill="{INK}"/>
<circle cx="120" cy="80" r="8" fill="{INK}"/>
<ellipse cx="100" cy="150" rx="55" ry="35" fill="#f4a6b8" {_stroke()}/>
<ellipse cx="80" cy="150" rx="8" ry="11" fill="{INK}"/>
<ellipse cx="120" cy="150" rx="8" ry="11" fill="{INK}"/>
""")

DUCK = _svg(f"""
<path d="M10 175 C40 165 60 185 100 175 C140 165 160 185 190 175 L190 200 L10 200 Z" fill="#7cc4f0"/>
<path d="M40 120 C40 170 160 180 175 120 C150 130 120 125 105 115 Z" fill="#ffd93b" {_stroke()}/>
<circle cx="75" cy="75" r="35" fill="#ffd93b" {_stroke()}/>
<path d="M40 80 L10 88 L40 98 Z" fill="#f08c28" {_stroke(4)}/>
<circle cx="70" cy="68" r="7" fill="{INK}"/>
<path d="M95 130 C115 120 140 125 150 140 C130 150 110 148 95 130 Z" fill="#f5c400" {_stroke(4)}/>
""")

APPLE = _svg(f"""
<path d="M100 60 C70 35 25 50 30 105 C35 160 70 190 100 175 C130 190 165 160 170 105 C175 50 130 35 100 60 Z"
 fill="#e23b3b" {_stroke()}/>
<path d="M100 60 C98 45 102 30 110 20" fill="none" {_stroke(7)}/>
<path d="M108 40 C120 20 150 20 160 30 C145 45 120 48 108 40 Z" fill="#4caf50" {_stroke(4)}/>
<path d="M55 90 C55 75 65 68 75 66" fill="none" stroke="#ffffff" stroke-width="7" stroke-linecap="round"/>
""")

BANANA = _svg(f"""
<path d="M40 50 C30 120 80 175 165 150 C170 140 165 135 155 135 C100 145 65 110 60 50 Z" fill="#ffd93b" {_stroke()}/>
<path d="M40 50 L38 32 L58 30 L60 50 Z" fill="#7a5230" {_stroke(4)}/>
<path d="M165 150 L172 146" fill="none" {_stroke(8)}/>
<path d="M58 75 C65 115 95 138 140 142" fill="none" stroke="#d9a400" stroke-width="5" stroke-linecap="round"/>
""")

BREAD = _svg(f"""
<path d="M25 150 L25 95 C25 55 60 45 100 45 C140 45 175 55 175 95 L175 150 C175 160 170 165 160 165 L40 165 C30 165 25 160 25 150 Z"
 fill="#d9a05b" {_stroke()}/>
<path d="M60 75 L80 105 M95 70 L115 100 M130 72 L150 102" fill="none" stroke="#a86a2c" stroke-width="8" stroke-linecap="round"/>
""")

EGG = _svg(f"""
<ellipse cx="100" cy="180" rx="60" ry="10" fill="#d8d8d8"/>
<path d="M100 20 C55 20 40 100 42 125 C45 165 75 180 100 180 C125 180 155 165 158 125 C160 100 145 20 100 20 Z"
 fill="#fff8ea" {_stroke()}/>
<path d="M70 70 C75 55 82 48 90 45" fill="none" stroke="#ffffff" stroke-width="8" stroke-linecap="round"/>
""")

MILK = _svg(f"""
<path d="M55 30 L145 30 L132 185 L68 185 Z" fill="#e8f4ff" {_stroke()}/>
<path d="M60 70 L140 70 L132 180 L68 180 Z" fill="#ffffff"/>
<path d="M60 70 C80 62 120 78 140 70" fill="none" {_stroke(4)}/>
<path d="M55 30 L145 30 L132 185 L68 185 Z" fill="none" {_stroke()}/>
<path d="M75 90 L80 165" fill="none" stroke="#c9dff2" stroke-width="8" stroke-linecap="round"/>
""")

CARROT = _svg(f"""
<path d="M100 60 C80 40 70 20 75 10 C90 15 98 35 100 55 C102 35 110 15 125 10 C130 20 120 40 100 60 Z"
 fill="#4caf50" {_stroke(4)}/>
<path d="M70 60 C80 52 120 52 130 60 C132 80 115 150 100 192 C85 150 68 80 70 60 Z" fill="#f57c1f" {_stroke()}/>
<path d="M80 90 L95 92 M105 120 L118 118 M88 140 L100 142" fill="none" {_stroke(4)}/>
""")

HAND = _svg(f"""
<rect x="52" y="30" width="22" height="90" rx="11" fill="{SKIN}" {_stroke()}/>
<rect x="78" y="18" width="22" height="100" rx="11" fill="{SKIN}" {_stroke()}/>
<rect x="104" y="22" width="22" height="96" rx="11" fill="{SKIN}" {_stroke()}/>
<rect x="130" y="40" width="20" height="80" rx="10" fill="{SKIN}" {_stroke()}/>
<path d="M50 95 C50 80 150 80 150 95 L150 150 C150 180 130 192 100 192 C70 192 50 180 50 150 Z" fill="{SKIN}" {_stroke()}/>
<path d="M52 135 C40 125 25 105 30 95 C38 88 50 100 60 115" fill="{SKIN}" {_stroke()}/>
""")

FOOT = _svg(f"""
<path d="M60 70 C50 110 55 150 75 180 C95 200 140 195 145 160 C150 130 140 100 145 70 C140 50 70 45 60 70 Z"
 fill="{SKIN}" {_stroke()}/>
<circle cx="68" cy="45" r="16" fill="{SKIN}" {_stroke()}/>
<circle cx="98" cy="32" r="13" fill="{SKIN}" {_stroke()}/>
<circle cx="122" cy="34" r="11" fill="{SKIN}" {_stroke()}/>
<circle cx="141" cy="44" r="9" fill="{SKIN}" {_stroke()}/>
<circle cx="155" cy="58" r="8" fill="{SKIN}" {_stroke()}/>
""")

EYE = _svg(f"""
<path d="M15 100 C55 40 145 40 185 100 C145 160 55 160 15 100 Z" fill="#ffffff" {_stroke()}/>
<circle cx="100" cy="100" r="36" fill="#3a7bd5" {_stroke(4)}/>
<circle cx="100" cy="100" r="16" fill="{INK}"/>
<circle cx="110" cy="90" r="7" fill="#ffffff"/>
<path d="M50 62 L40 45 M75 50 L70 32 M100 46 L100 28 M125 50 L130 32 M150 62 L160 45" fill="none" {_stroke(5)}/>
""")

EAR = _svg(f"""
<path d="M70 70 C70 25 150 15 155 80 C158 120 125 125 118 150 C112 175 85 190 70 165 C60 150 75 140 85 140"
 fill="{SKIN}" {_stroke(6)}/>
<path d="M92 80 C95 55 132 55 132 85 C132 105 110 108 108 125" fill="none" {_stroke(5)}/>
<path d="M98 105 C105 100 112 104 110 112" fill="none" {_stroke(4)}/>
""")

NOSE = _svg(f"""
<path d="M95 20 C90 60 70 110 55 135 C45 155 60 172 78 165 C88 178 112 178 122 165 C140 172 155 155 145 135
 C130 110 110 60 105 20 Z" fill="{SKIN}" {_stroke()}/>
<ellipse cx="82" cy="150" rx="10" ry="6" fill="#8a5a3c"/>
<ellipse cx="118" cy="150" rx="10" ry="6" fill="#8a5a3c"/>
""")

MOUTH = _svg(f"""
<path d="M20 90 C50 70 80 80 100 86 C120 80 150 70 180 90 C155 150 45 150 20 90 Z" fill="#d9414f" {_stroke()}/>
<path d="M38 95 C70 102 130 102 162 95 C150 110 50 110 38 95 Z" fill="#ffffff" {_stroke(3)}/>
<path d="M20 90 C70 100 130 100 180 90" fill="none" {_stroke(4)}/>
""")


def _person(hair_back: str, hair_front: str, extra: str, shirt: str, head_r: int = 48, cy: int = 90) -> str:
    # Head and shoulders: the hair, glasses or beard tell the family members apart, never a label.
    return _svg(f"""
{hair_back}
<path d="M30 200 C30 150 60 {cy + head_r + 10} 100 {cy + head_r + 10} C140 {cy + head_r + 10} 170 150 170 200 Z"
 fill="{shirt}" {_stroke()}/>
<circle cx="100" cy="{cy}" r="{head_r}" fill="{SKIN}" {_stroke()}/>
{hair_front}
<circle cx="83" cy="{cy - 2}" r="6" fill="{INK}"/>
<circle cx="117" cy="{cy - 2}" r="6" fill="{INK}"/>
<path d="M84 {cy + 22} C92 {cy + 30} 108 {cy + 30} 116 {cy + 22}" fill="none" {_stroke(4)}/>
{extra}
""")


_GLASSES = (f'<circle cx="83" cy="88" r="14" fill="none" {_stroke(4)}/><circle cx="117" cy="88" r="14" fill="none" '
            f'{_stroke(4)}/><path d="M97 88 L103 88" fill="none" {_stroke(4)}/>')

MOTHER = _person(
    f'<path d="M44 95 C35 40 70 25 100 28 C130 25 165 40 156 95 L160 165 L40 165 Z" fill="#7a4a24" {_stroke()}/>',
    f'<path d="M54 80 C60 45 90 38 100 45 C112 38 142 45 146 80 C130 62 112 58 100 52 C88 58 70 62 54 80 Z"'
    f' fill="#7a4a24" {_stroke(4)}/>',
    "", "#d9414f")
FATHER = _person(
    "",
    f'<path d="M50 85 C44 18 156 18 150 85 C135 60 65 60 50 85 Z" fill="{INK}" {_stroke(4)}/>',
    f'<path d="M56 100 C60 150 140 150 144 100 C135 125 120 118 116 112 C108 118 92 118 84 112 C80 118 65 125 56 100 Z"'
    f' fill="{INK}"/>',
    "#1f5fd1")
BABY = _person(
    "",
    f'<path d="M100 62 C92 50 100 40 110 46" fill="none" {_stroke(5)}/>',
    f'<circle cx="100" cy="135" r="9" fill="#7cc4f0" {_stroke(3)}/>',
    "#ffd93b", head_r=40, cy=104)
GRANDFATHER = _person(
    f'<path d="M48 100 C42 70 52 55 60 62 M152 100 C158 70 148 55 140 62" fill="#c8c8c8" {_stroke(5)}/>',
    f'<path d="M56 75 C52 58 62 52 68 58 M144 75 C148 58 138 52 132 58" fill="#c8c8c8" {_stroke(5)}/>'
    + _GLASSES,
    f'<path d="M80 106 C90 98 110 98 120 106 C110 112 90 112 80 106 Z" fill="#c8c8c8" {_stroke(3)}/>',
    "#2e9e3e")
GRANDMOTHER = _person(
    f'<circle cx="100" cy="38" r="20" fill="#d8d8d8" {_stroke()}/>',
    f'<path d="M50 88 C44 22 156 22 150 88 C130 62 70 62 50 88 Z" fill="#d8d8d8" {_stroke(4)}/>' + _GLASSES,
    "", "#8a3b8f")


def _splash(colour: str) -> str:
    # A round paint splash: the colour is the whole message, so the shape stays the same for every colour.
    return _svg(f"""
<path d="M100 22 C118 22 122 40 138 36 C156 32 170 46 164 64 C160 78 178 86 178 102 C178 120 160 124 162 140
 C165 160 146 172 130 164 C116 158 112 178 96 178 C80 178 76 160 62 164 C44 170 30 154 38 138 C44 124 22 118 22 100
 C22 82 42 80 38 64 C34 46 50 32 66 38 C80 42 82 22 100 22 Z" fill="{colour}" {_stroke(6)}/>
""")


def _dots(count: int) -> str:
    # Dice layouts: a child can see three or four at a glance without counting in a line.
    layouts = {
        1: [(100, 100)],
        2: [(60, 60), (140, 140)],
        3: [(55, 55), (100, 100), (145, 145)],
        4: [(60, 60), (140, 60), (60, 140), (140, 140)],
        5: [(55, 55), (145, 55), (100, 100), (55, 145), (145, 145)],
        6: [(60, 45), (140, 45), (60, 100), (140, 100), (60, 155), (140, 155)],
    }
    circles = "\n".join(f'<circle cx="{x}" cy="{y}" r="22" fill="#1f5f99" {_stroke(4)}/>' for x, y in layouts[count])
    return _svg(f'<rect x="8" y="8" width="184" height="184" rx="24" fill="#ffffff" {_stroke(5)}/>\n{circles}')


PICTURES: dict[str, str] = {
    "cat": CAT, "dog": DOG, "fish": FISH, "bird": BIRD, "cow": COW, "duck": DUCK,
    "apple": APPLE, "banana": BANANA, "bread": BREAD, "egg": EGG, "milk": MILK, "carrot": CARROT,
    "mother": MOTHER, "baby": BABY, "grandfather": GRANDFATHER, "father": FATHER, "grandmother": GRANDMOTHER,
    "hand": HAND, "foot": FOOT, "eye": EYE, "ear": EAR, "nose": NOSE, "mouth": MOUTH,
    "red": _splash("#e02424"), "blue": _splash("#1f5fd1"), "green": _splash("#2e9e3e"),
    "yellow": _splash("#ffd21f"), "black": _splash("#1a1a1a"), "white": _splash("#ffffff"),
    **{f"dots-{n}": _dots(n) for n in range(1, 7)},
}
