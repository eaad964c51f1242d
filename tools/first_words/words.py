"""The words of the First words packs: each with its picture, English and Arabic forms, and clues.

Arabic is written without vowel marks (as children's readers and keyboards write it); ``SPOKEN_AR``
adds the marks the speech synthesiser needs to say a word right, where it needs them.
``ar_this`` is the demonstrative that agrees with the noun (هذا for masculine, هذه for feminine).
Accepted alternatives cover the article, a missing hamza and ه for ة, which is how children type.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Word:
    """One word both packs teach, named by its picture."""

    key: str
    topic: str
    en: str
    ar: str
    en_clue: str
    ar_clue: str
    en_accept: tuple[str, ...] = ()
    ar_accept: tuple[str, ...] = ()
    ar_this: str = "هذا"


WORDS: tuple[Word, ...] = (
    # animals
    Word("cat", "animals", "cat", "قطة", "It says meow.", "تموء: مياو.", ("a cat", "kitten", "kitty"),
         ("قطه", "القطة", "قط", "هرة"), "هذه"),
    Word("dog", "animals", "dog", "كلب", "It barks: woof!", "ينبح.", ("a dog", "puppy"), ("الكلب",)),
    Word("fish", "animals", "fish", "سمكة", "It swims in water.", "تسبح في الماء.", ("a fish",),
         ("سمكه", "السمكة"), "هذه"),
    Word("bird", "animals", "bird", "عصفور", "It can fly.", "يطير في السماء.", ("a bird",),
         ("العصفور", "طائر", "طير")),
    Word("cow", "animals", "cow", "بقرة", "It gives us milk.", "تعطينا الحليب.", ("a cow",),
         ("بقره", "البقرة"), "هذه"),
    Word("duck", "animals", "duck", "بطة", "It has a flat beak and says quack.", "لها منقار عريض وتسبح في البركة.",
         ("a duck",), ("بطه", "البطة"), "هذه"),
    # food
    Word("apple", "food", "apple", "تفاحة", "A round fruit, red or green.", "فاكهة مستديرة، حمراء أو خضراء.",
         ("an apple",), ("تفاحه", "التفاحة"), "هذه"),
    Word("banana", "food", "banana", "موزة", "A long yellow fruit.", "فاكهة طويلة صفراء.", ("a banana",),
         ("موزه", "موز", "الموزة"), "هذه"),
    Word("bread", "food", "bread", "خبز", "We bake it and eat it every day.", "نخبزه ونأكله كل يوم.",
         ("a loaf", "loaf"), ("الخبز",)),
    Word("egg", "food", "egg", "بيضة", "A hen lays it.", "تضعها الدجاجة.", ("an egg",),
         ("بيضه", "البيضة", "بيض"), "هذه"),
    Word("milk", "food", "milk", "حليب", "A white drink that comes from cows.", "شراب أبيض يأتي من البقرة.",
         ("a glass of milk",), ("الحليب", "لبن")),
    Word("carrot", "food", "carrot", "جزرة", "It is orange, and rabbits love it.", "لونها برتقالي، ويحبها الأرنب.",
         ("a carrot",), ("جزره", "جزر", "الجزرة"), "هذه"),
    # body
    Word("hand", "body", "hand", "يد", "You wave and hold things with it.", "نمسك بها الأشياء.", ("a hand",),
         ("اليد",), "هذه"),
    Word("foot", "body", "foot", "قدم", "You walk on it.", "نمشي عليها.", ("a foot",), ("القدم", "رجل"), "هذه"),
    Word("eye", "body", "eye", "عين", "You see with it.", "نرى بها.", ("an eye",), ("العين",), "هذه"),
    Word("ear", "body", "ear", "أذن", "You hear with it.", "نسمع بها.", ("an ear",), ("اذن", "الأذن", "الاذن"),
         "هذه"),
    Word("nose", "body", "nose", "أنف", "You smell with it.", "نشمّ به.", ("a nose",), ("انف", "الأنف", "الانف")),
    Word("mouth", "body", "mouth", "فم", "You eat and talk with it.", "نأكل ونتكلم به.", ("a mouth",), ("الفم",)),
    # family (pictures and listening only: a face alone can't say "mother" rather than "woman")
    Word("mother", "family", "mother", "أم", "The mother has long brown hair.", "الأم شعرها طويل وبني.",
         ar_this="هذه"),
    Word("baby", "family", "baby", "طفل", "The baby is the smallest.", "الطفل هو الأصغر."),
    Word("grandfather", "family", "grandfather", "جد", "The grandfather has grey hair, glasses and a moustache.",
         "الجد شعره رمادي، ويلبس نظارة، وله شارب."),
    Word("father", "family", "father", "أب", "The father has short black hair and a beard.",
         "الأب شعره أسود قصير، وله لحية."),
    Word("grandmother", "family", "grandmother", "جدة", "The grandmother has grey hair and glasses.",
         "الجدة شعرها رمادي، وتلبس نظارة.", ar_this="هذه"),
    # colours
    Word("red", "colours", "red", "أحمر", "The colour of a ripe tomato.", "لون الطماطم الناضجة.", (),
         ("احمر", "الأحمر", "الاحمر", "حمراء")),
    Word("blue", "colours", "blue", "أزرق", "The colour of the sky on a sunny day.", "لون السماء الصافية.", (),
         ("ازرق", "الأزرق", "الازرق", "زرقاء")),
    Word("green", "colours", "green", "أخضر", "The colour of grass.", "لون العشب.", (),
         ("اخضر", "الأخضر", "الاخضر", "خضراء")),
    Word("yellow", "colours", "yellow", "أصفر", "The colour of a banana.", "لون الموز.", (),
         ("اصفر", "الأصفر", "الاصفر", "صفراء")),
    Word("black", "colours", "black", "أسود", "The colour of the night sky.", "لون السماء في الليل.", (),
         ("اسود", "الأسود", "الاسود", "سوداء")),
    Word("white", "colours", "white", "أبيض", "The colour of milk and snow.", "لون الحليب والثلج.", (),
         ("ابيض", "الأبيض", "الابيض", "بيضاء")),
    # number words (the pictures are dice faces)
    Word("dots-1", "numbers", "one", "واحد", "", "", (), ("واحدة",)),
    Word("dots-2", "numbers", "two", "اثنان", "", "", (), ("اثنين", "إثنان", "إثنين", "اثنتان")),
    Word("dots-3", "numbers", "three", "ثلاثة", "", "", (), ("ثلاثه", "ثلاث")),
    Word("dots-4", "numbers", "four", "أربعة", "", "", (), ("اربعة", "أربعه", "اربعه", "أربع", "اربع")),
    Word("dots-5", "numbers", "five", "خمسة", "", "", (), ("خمسه", "خمس")),
    Word("dots-6", "numbers", "six", "ستة", "", "", (), ("سته", "ست")),
)

# How the speech synthesiser must read a word when the plain spelling misleads it (vowel marks;
# a final ة is read in pause, as ه).
SPOKEN_AR: dict[str, str] = {
    "cat": "ق\u0650ط\u0651\u064eه\u0652",
    "fish": "س\u064eم\u064eك\u064eه\u0652",
    "cow": "ب\u064eق\u064eر\u064eه\u0652",
    "duck": "ب\u064eط\u0651\u064eه\u0652",
    "apple": "ت\u064fف\u0651\u064eاح\u064eه\u0652",
    "banana": "م\u064eو\u0652ز\u064eه\u0652",
    "egg": "ب\u064eي\u0652ض\u064eه\u0652",
    "carrot": "ج\u064eز\u064eر\u064eه\u0652",
    "foot": "ق\u064eد\u064eم",
    "mother": "\u0623\u064f\u0645\u0651",
    "grandfather": "\u062c\u064e\u062f\u0651",
    "grandmother": "\u062c\u064e\u062f\u0651\u064e\u0647\u0652",
    "dots-2": "ا\u0650ث\u0652ن\u064eان",
    "dots-3": "ث\u064eل\u064eاث\u064eه\u0652",
    "dots-4": "أ\u064eر\u0652ب\u064eع\u064eه\u0652",
    "dots-5": "خ\u064eم\u0652س\u064eه\u0652",
    "dots-6": "س\u0650ت\u0651\u064eه\u0652",
}

TOPICS = ("animals", "food", "body", "family", "colours", "numbers")

# Letter-sound items: a word and the letter it starts with (the distractors start with other letters).
EN_LETTERS = (("bird", "b"), ("dog", "d"), ("fish", "f"), ("apple", "a"), ("egg", "e"), ("milk", "m"), ("cat", "c"))
AR_LETTERS = (
    ("cow", "ب", "الباء"), ("apple", "ت", "التاء"), ("bread", "خ", "الخاء"), ("cat", "ق", "القاف"),
    ("dog", "ك", "الكاف"), ("fish", "س", "السين"), ("banana", "م", "الميم"),
)


def by_key(key: str) -> Word:
    """The word whose picture is ``key``."""
    for word in WORDS:
        if word.key == key:
            return word
    raise KeyError(key)


def topic_words(topic: str) -> list[Word]:
    """The words of one topic, in teaching order."""
    return [word for word in WORDS if word.topic == topic]
