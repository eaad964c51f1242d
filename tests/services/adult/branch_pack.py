"""A small pack with a branching skill graph, written as source and built, for plan tests.

count -> add -> multiply -> fractions, add -> subtract, count -> shapes. Every skill has three
numeric template items, so a learner can practise any of them.
"""

from __future__ import annotations

from pathlib import Path

from app.content_packs.builder import build_pack

PACK_ID = "org.sabil.test.branch"
SKILLS = {
    "count": [],
    "add": ["count"],
    "subtract": ["add"],
    "multiply": ["add"],
    "fractions": ["multiply"],
    "shapes": ["count"],
}


def build_branch_pack(folder: Path) -> Path:
    """Write the source into ``folder`` and build ``folder/branch.sabilpack``."""
    source = folder / "branch-source"
    (source / "items").mkdir(parents=True)
    (source / "pack.toml").write_text(
        f'format_version = 1\nid = "{PACK_ID}"\nversion = "1.0.0"\nlanguage = "en"\n'
        'licence = "CC-BY-SA-4.0"\nauthors = ["The Sabil team"]\nsubjects = ["mathematics"]\n'
        'age_range = [6, 10]\n\n[title]\nen = "Branching test pack"\n\n[description]\nen = "Plans."\n',
        encoding="utf-8",
    )
    skills = []
    for skill_id, prereqs in SKILLS.items():
        listed = ", ".join(f'"{p}"' for p in prereqs)
        skills.append(
            f'[[skill]]\nid = "{skill_id}"\ntitle = {{ en = "{skill_id.title()}" }}\n'
            f'description = {{ en = "{skill_id}" }}\nprerequisites = [{listed}]\n'
        )
    (source / "skills.toml").write_text("\n".join(skills), encoding="utf-8")
    items = []
    for skill_id in SKILLS:
        for k in range(3):
            items.append(
                f'[[item]]\nid = "{skill_id}-{k}"\nskill = "{skill_id}"\ntype = "numeric"\n'
                f'params = {{ a = "randint(1, 9)", b = "randint(1, 9)" }}\n'
                f'prompt = "What is {{{{a}}}} + {{{{b}}}} + {k}?"\nanswer = "a + b + {k}"\n'
                f'hints = ["Add them."]\nsolution = "{{{{a + b + {k}}}}}"\n'
            )
    (source / "items" / "all.toml").write_text("\n".join(items), encoding="utf-8")
    return build_pack(source, folder / "branch.sabilpack")
