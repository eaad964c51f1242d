<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/ui/home_page.py" line="116" />
        <source>Hello, %1!</source>
        <translation>Bonjour, %1 !</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="117" />
        <source>Switch learner</source>
        <translation>Changer d’élève</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="118" />
        <source>Switch learner: back to the list of learners</source>
        <translation>Changer d’élève : retour à la liste des élèves</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="119" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="120" />
        <source>Continue practising</source>
        <translation>Continuer à s’entraîner</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="121" />
        <source>Sabil picks what is best for you next.</source>
        <translation>Sabil choisit ce qui te convient le mieux.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="123" />
        <source>Or choose one of these:</source>
        <translation>Ou choisis l’un de ceux-ci :</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="124" />
        <source>Your skills</source>
        <translation>Tes compétences</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="125" />
        <source>Skill map</source>
        <translation>Carte des compétences</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="159" />
        <source>There is nothing to practise yet. Ask an adult to add a content pack.</source>
        <translation>Il n’y a encore rien à travailler. Demande à un adulte d’ajouter un pack de contenu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="208" />
        <source>Why this? %1</source>
        <translation>Pourquoi ? %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="226" />
        <source>You have mastered every skill here. Well done!</source>
        <translation>Tu maîtrises toutes les compétences ici. Bravo !</translation>
    </message>
    <message>
        <source>Learn:</source>
        <translation>Apprendre :</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="149" />
        <source>Edit learner</source>
        <translation>Modifier l’élève</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="149" />
        <source>New learner</source>
        <translation>Nouvel élève</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="150" />
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="151" />
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="152" />
        <source>&amp;PIN (optional)</source>
        <translation>&amp;Code secret (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="153" />
        <source>PIN &amp;again</source>
        <translation>Code secret &amp;encore</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="154" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="155" />
        <source>&amp;Text size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="156" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="157" />
        <source>PIN, 4 digits, optional</source>
        <translation>Code secret, 4 chiffres, facultatif</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="158" />
        <source>PIN again</source>
        <translation>Code secret encore</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="159" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="160" />
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="161" />
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="161" />
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="161" />
        <source>Extra large</source>
        <translation>Très grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="165" />
        <source>Leave the PIN empty to keep the current one.</source>
        <translation>Laisse le code vide pour garder le code actuel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="167" />
        <source>A PIN keeps brothers and sisters out of each other's work.</source>
        <translation>Un code secret protège le travail de chacun, entre frères et sœurs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="168" />
        <location filename="../../app/ui/learner_dialog.py" line="169" />
        <source>Remove the PIN</source>
        <translation>Supprimer le code secret</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="170" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="171" />
        <source>Save learner</source>
        <translation>Enregistrer l’élève</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="172" />
        <location filename="../../app/ui/learner_dialog.py" line="173" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>LineInput</name>
    <message>
        <location filename="../../app/ui/answer_inputs.py" line="164" />
        <source>e.g. 3/4 or 0.75</source>
        <translation>par ex. 3/4 ou 0,75</translation>
    </message>
    <message>
        <location filename="../../app/ui/answer_inputs.py" line="165" />
        <source>Your answer, a number</source>
        <translation>Ta réponse, un nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/answer_inputs.py" line="166" />
        <source>Type a number</source>
        <translation>Écris un nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/answer_inputs.py" line="168" />
        <source>Your answer</source>
        <translation>Ta réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/answer_inputs.py" line="169" />
        <source>Type your answer</source>
        <translation>Écris ta réponse</translation>
    </message>
    <message>
        <source>e.g. 2x + 6 or 2(x + 3)</source>
        <translation>par ex. 2x + 6 ou 2(x + 3)</translation>
    </message>
    <message>
        <source>Your answer, an expression</source>
        <translation>Ta réponse, une expression</translation>
    </message>
    <message>
        <source>Type an expression</source>
        <translation>Écris une expression</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="85" />
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>Sabil</source>
        <translation>Sabil</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183" />
        <source>Sorry, something went wrong. Your answers so far are saved.

Please try again.</source>
        <translation>Désolé, quelque chose n’a pas marché. Tes réponses sont enregistrées.

Essaie encore, s’il te plaît.</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <location filename="../../app/ui/picker_page.py" line="100" />
        <source>Who is learning today?</source>
        <translation>Qui apprend aujourd’hui ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="101" />
        <source>No learners yet. Press “Add learner” to begin.</source>
        <translation>Pas encore d’élève. Appuie sur « Ajouter un élève » pour commencer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="102" />
        <source>Add learner</source>
        <translation>Ajouter un élève</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="103" />
        <source>Add a new learner</source>
        <translation>Ajouter un nouvel élève</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="104" />
        <source>Manage (adults)</source>
        <translation>Gérer (adultes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="105" />
        <source>Manage learners: edit or delete</source>
        <translation>Gérer les élèves : modifier ou supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="106" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="107" />
        <source>Edit the selected learner</source>
        <translation>Modifier l’élève choisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="108" />
        <location filename="../../app/ui/picker_page.py" line="189" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="109" />
        <source>Delete the selected learner</source>
        <translation>Supprimer l’élève choisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="110" />
        <source>Learners</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="112" />
        <source>Start as %1</source>
        <translation>Commencer en tant que %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="187" />
        <source>Delete learner</source>
        <translation>Supprimer l’élève</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="188" />
        <source>Delete %1 and all their progress on this computer?</source>
        <translation>Supprimer %1 et toute sa progression sur cet ordinateur ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="190" />
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>For teachers and parents</source>
        <translation>Pour les enseignants et les parents</translation>
    </message>
    <message>
        <source>Teacher mode: content packs (needs the adult password)</source>
        <translation>Mode enseignant : paquets de contenu (mot de passe adulte requis)</translation>
    </message>
</context>
<context>
    <name>PinPadPage</name>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="94" />
        <source>%1, type your PIN</source>
        <translation>%1, tape ton code secret</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="95" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="96" />
        <source>Back to the learner list</source>
        <translation>Retour à la liste des élèves</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="97" />
        <source>Erase a digit</source>
        <translation>Effacer un chiffre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="99" />
        <source>Digit %1</source>
        <translation>Chiffre %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pin_pad.py" line="100" />
        <location filename="../../app/ui/pin_pad.py" line="154" />
        <source>%n digit(s) typed</source>
        <translation><numerusform>%n chiffre tapé</numerusform><numerusform>%n chiffres tapés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pin_pad.py" line="102" />
        <source>Too many tries. Wait %n second(s).</source>
        <translation><numerusform>Trop d’essais. Attends %n seconde.</numerusform><numerusform>Trop d’essais. Attends %n secondes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="174" />
        <source>That is not the right PIN. Try again.</source>
        <translation>Ce n’est pas le bon code. Essaie encore.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="181" />
        <source>The PIN could not be checked. Please try again.</source>
        <translation>Le code n’a pas pu être vérifié. Essaie encore, s’il te plaît.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="194" />
        <source>Try again.</source>
        <translation>Essaie encore.</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../app/ui/practice_page.py" line="0" />
        <source>Why this? %1</source>
        <translation>Pourquoi ? %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="154" />
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="155" />
        <source>Finish and see what you did (Esc)</source>
        <translation>Terminer et voir ce que tu as fait (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="156" />
        <source>Hint</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="157" />
        <source>Show a hint</source>
        <translation>Montrer un indice</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="158" />
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="159" />
        <source>Check my answer (Enter)</source>
        <translation>Vérifier ma réponse (Entrée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="160" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="161" />
        <source>Next question (Enter)</source>
        <translation>Question suivante (Entrée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="162" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="163" />
        <source>The answer is:</source>
        <translation>La réponse est :</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="164" />
        <source>How to solve it:</source>
        <translation>Comment le résoudre :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/practice_page.py" line="166" />
        <location filename="../../app/ui/practice_page.py" line="373" />
        <source>%n answered in this session</source>
        <translation><numerusform>%n réponse dans cette séance</numerusform><numerusform>%n réponses dans cette séance</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="240" />
        <source>Choose or type an answer first.</source>
        <translation>Choisis ou écris d’abord une réponse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="286" />
        <source>I could not read that answer. Choose one of the answers above.</source>
        <translation>Je n’ai pas pu lire cette réponse. Choisis une des réponses au-dessus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="288" />
        <source>I could not read that answer. Try writing it like 3/4 or 0.75.</source>
        <translation>Je n’ai pas pu lire cette réponse. Essaie de l’écrire comme 3/4 ou 0,75.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="289" />
        <source>I could not read that answer. Please try again.</source>
        <translation>Je n’ai pas pu lire cette réponse. Essaie encore, s’il te plaît.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="298" />
        <source>Great job!</source>
        <translation>Super travail !</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="298" />
        <source>Well done!</source>
        <translation>Bien joué !</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="298" />
        <source>Correct!</source>
        <translation>C’est juste !</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="298" />
        <source>Brilliant!</source>
        <translation>Génial !</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="301" />
        <source>Correct! You have mastered this skill!</source>
        <translation>C’est juste ! Tu maîtrises cette compétence !</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="303" />
        <source>Not quite.</source>
        <translation>Pas tout à fait.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="343" />
        <source>Hint %1 of %2</source>
        <translation>Indice %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="358" />
        <source>Something went wrong. Your earlier answers are saved. Press Finish.</source>
        <translation>Quelque chose n’a pas marché. Tes réponses sont enregistrées. Appuie sur « Terminer ».</translation>
    </message>
    <message>
        <source>I could not read that answer. Use only the letters from the question.</source>
        <translation>Je n’ai pas pu lire cette réponse. Utilise seulement les lettres de la question.</translation>
    </message>
    <message>
        <source>I could not read that answer. Try writing it like 2x + 6 or 2(x + 3).</source>
        <translation>Je n’ai pas pu lire cette réponse. Essaie de l’écrire comme 2x + 6 ou 2(x + 3).</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../app/ui/reasons.py" line="28" />
        <source>Keep going: you are learning this</source>
        <translation>Continue : tu es en train de l’apprendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="32" />
        <source>New: you have mastered %1</source>
        <translation>Nouveau : tu maîtrises %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="33" />
        <source>New: you are ready for this</source>
        <translation>Nouveau : tu es prêt pour ça</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="35" />
        <source>New: a good place to start</source>
        <translation>Nouveau : un bon point de départ</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="39" />
        <source>Practise again: it will help with %1</source>
        <translation>Entraîne-toi encore : ça t’aidera pour %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="40" />
        <source>Practise again: it will make the next skill easier</source>
        <translation>Entraîne-toi encore : la compétence suivante sera plus facile</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="44" />
        <source>Review: last seen %n day(s) ago</source>
        <translation><numerusform>Révision : vue il y a %n jour</numerusform><numerusform>Révision : vue il y a %n jours</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="45" />
        <source>Review: time to remember this</source>
        <translation>Révision : c’est le moment de s’en souvenir</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="47" />
        <source>You know this: practise to keep it fresh</source>
        <translation>Tu connais déjà : entraîne-toi pour ne pas oublier</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="51" />
        <source>Almost ready: first finish %1</source>
        <translation>Presque prêt : termine d’abord %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="52" />
        <source>Suggested for you</source>
        <translation>Suggéré pour toi</translation>
    </message>
</context>
<context>
    <name>SkillStatus</name>
    <message>
        <location filename="../../app/ui/skill_tile.py" line="17" />
        <source>Mastered</source>
        <translation>Maîtrisée</translation>
    </message>
    <message>
        <location filename="../../app/ui/skill_tile.py" line="18" />
        <source>Learning</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/skill_tile.py" line="19" />
        <source>Ready to start</source>
        <translation>Prête à commencer</translation>
    </message>
    <message>
        <location filename="../../app/ui/skill_tile.py" line="20" />
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/first_start.py" line="22" />
        <source>Getting Sabil ready for the first time…
This takes a moment.</source>
        <translation>Sabil se prépare pour la première fois…
Cela prend un instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201" />
        <source>Sabil cannot start</source>
        <translation>Sabil ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202" />
        <source>Sabil cannot save work in this folder:
%1

Ask an adult to check that the folder exists and that this computer user may write in it.</source>
        <translation>Sabil ne peut pas enregistrer le travail dans ce dossier :
%1

Demande à un adulte de vérifier que le dossier existe et que cet utilisateur de l’ordinateur peut y écrire.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../app/ui/summary_page.py" line="105" />
        <source>Here is what you did</source>
        <translation>Voici ce que tu as fait</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="106" />
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="107" />
        <source>Keep going: practise more</source>
        <translation>Continuer : s’entraîner encore</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="108" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="109" />
        <source>Done: back to my skills</source>
        <translation>Terminé : retour à mes compétences</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="110" />
        <source>Your skills before → after</source>
        <translation>Tes compétences avant → après</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/summary_page.py" line="133" />
        <source>%n question(s) answered</source>
        <translation><numerusform>%n question répondue</numerusform><numerusform>%n questions répondues</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/summary_page.py" line="134" />
        <source>%n correct</source>
        <translation><numerusform>%n juste</numerusform><numerusform>%n justes</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="136" />
        <source>Time: %1 min %2 s</source>
        <translation>Temps : %1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/summary_page.py" line="142" />
        <source>New skill(s) mastered: %1</source>
        <translation><numerusform>Nouvelle compétence maîtrisée : %1</numerusform><numerusform>Nouvelles compétences maîtrisées : %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="163" />
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="164" />
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="175" />
        <source>%1 of %2 right</source>
        <translation>%1 sur %2 justes</translation>
    </message>
</context>
<context>
    <name>ValidationMessages</name>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="11" />
        <source>Please type a name.</source>
        <translation>Écris un nom, s’il te plaît.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="12" />
        <source>That name is too long. Please use a shorter one.</source>
        <translation>Ce nom est trop long. Choisis-en un plus court, s’il te plaît.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="13" />
        <source>Someone already has that name. Please choose another.</source>
        <translation>Quelqu’un a déjà ce nom. Choisis-en un autre, s’il te plaît.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="14" />
        <source>The PIN must be exactly 4 digits.</source>
        <translation>Le code secret doit avoir exactement 4 chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="15" />
        <source>The two PINs are not the same. Please type them again.</source>
        <translation>Les deux codes ne sont pas pareils. Tape-les encore, s’il te plaît.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="16" />
        <source>Please choose a picture.</source>
        <translation>Choisis une image, s’il te plaît.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="17" />
        <source>Please choose a language.</source>
        <translation>Choisis une langue, s’il te plaît.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="18" />
        <source>Please choose a text size.</source>
        <translation>Choisis une taille de texte, s’il te plaît.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="19" />
        <source>This learner no longer exists.</source>
        <translation>Cet élève n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="21" />
        <source>Something is not right. Please check and try again.</source>
        <translation>Quelque chose ne va pas. Vérifie et réessaie, s’il te plaît.</translation>
    </message>
</context>
<context>
    <name>NextStepsBar</name>
    <message>
        <location filename="../../app/ui/next_steps.py" line="0" />
        <source>Or practise:</source>
        <translation>Ou entraîne-toi sur :</translation>
    </message>
    <message>
        <location filename="../../app/ui/next_steps.py" line="0" />
        <source>Why this? %1</source>
        <translation>Pourquoi ? %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/next_steps.py" line="0" />
        <source>Practise %1 next</source>
        <translation>Entraîne-toi ensuite sur %1</translation>
    </message>
</context>
<context>
    <name>TeacherGate</name>
    <message>
        <source>For teachers and parents</source>
        <translation>Pour les enseignants et les parents</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the learner list</source>
        <translation>Retour à la liste des élèves</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Retapez-le :</translation>
    </message>
    <message>
        <source>The new teacher password again</source>
        <translation>Le nouveau mot de passe enseignant, une seconde fois</translation>
    </message>
    <message>
        <source>Teacher mode is where adults add and remove content packs. Choose its password first.</source>
        <translation>Le mode enseignant permet aux adultes d’ajouter et de retirer des paquets de contenu. Choisissez d’abord son mot de passe.</translation>
    </message>
    <message>
        <source>New teacher password:</source>
        <translation>Nouveau mot de passe enseignant :</translation>
    </message>
    <message>
        <source>New teacher password</source>
        <translation>Nouveau mot de passe enseignant</translation>
    </message>
    <message>
        <source>At least %1 characters. This password is for adults only: it is not a child's PIN, and children should not know it.</source>
        <translation>Au moins %1 caractères. Ce mot de passe est réservé aux adultes : ce n’est pas le code d’un enfant, et les enfants ne doivent pas le connaître.</translation>
    </message>
    <message>
        <source>Set password and open</source>
        <translation>Enregistrer le mot de passe et ouvrir</translation>
    </message>
    <message>
        <source>Type the teacher password to manage content packs.</source>
        <translation>Tapez le mot de passe enseignant pour gérer les paquets de contenu.</translation>
    </message>
    <message>
        <source>Teacher password:</source>
        <translation>Mot de passe enseignant :</translation>
    </message>
    <message>
        <source>Teacher password</source>
        <translation>Mot de passe enseignant</translation>
    </message>
    <message>
        <source>This is the adults' password, not a child's PIN.</source>
        <translation>C’est le mot de passe des adultes, pas le code d’un enfant.</translation>
    </message>
    <message>
        <source>Open teacher mode</source>
        <translation>Ouvrir le mode enseignant</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s).</source>
        <translation><numerusform>Trop d’essais. Attendez %n seconde.</numerusform><numerusform>Trop d’essais. Attendez %n secondes.</numerusform></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Le mot de passe doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Retapez-les.</translation>
    </message>
    <message>
        <source>That is not the teacher password. Try again.</source>
        <translation>Ce n’est pas le mot de passe enseignant. Réessayez.</translation>
    </message>
    <message>
        <source>That password is too long.</source>
        <translation>Ce mot de passe est trop long.</translation>
    </message>
    <message>
        <source>The password could not be checked. Please try again.</source>
        <translation>Le mot de passe n’a pas pu être vérifié. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Réessayez.</translation>
    </message>
</context>
<context>
    <name>TeacherPage</name>
    <message>
        <source>Teacher mode</source>
        <translation>Mode enseignant</translation>
    </message>
    <message>
        <source>Leave teacher mode</source>
        <translation>Quitter le mode enseignant</translation>
    </message>
    <message>
        <source>Leave teacher mode and go back to the learners</source>
        <translation>Quitter le mode enseignant et revenir aux élèves</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>Paquets de contenu</translation>
    </message>
    <message>
        <source>Please wait until the import has finished, or press Cancel.</source>
        <translation>Veuillez attendre la fin de l’importation, ou appuyez sur Annuler.</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>On USB drives</source>
        <translation>Sur les clés USB</translation>
    </message>
    <message>
        <source>Trust a publisher key…</source>
        <translation>Faire confiance à une clé d’éditeur…</translation>
    </message>
    <message>
        <source>Trust a publisher's public key from a drive</source>
        <translation>Faire confiance à la clé publique d’un éditeur depuis une clé USB</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>No packs are installed yet.</source>
        <translation>Aucun paquet n’est encore installé.</translation>
    </message>
    <message>
        <source>No USB drive found. Plug in a USB stick with .sabilpack files.</source>
        <translation>Aucune clé USB trouvée. Branchez une clé USB contenant des fichiers .sabilpack.</translation>
    </message>
    <message>
        <source>No packs on this drive.</source>
        <translation>Aucun paquet sur cette clé.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importation de « %1 »…</translation>
    </message>
    <message>
        <source>“%1” version %2 is installed.</source>
        <translation>« %1 » version %2 est installé.</translation>
    </message>
    <message>
        <source>It is signed by “%1” (key %2), a publisher Sabil does not know.</source>
        <translation>Il est signé par « %1 » (clé %2), un éditeur que Sabil ne connaît pas.</translation>
    </message>
    <message>
        <source>It is not signed by any publisher.</source>
        <translation>Il n’est signé par aucun éditeur.</translation>
    </message>
    <message>
        <source>Unverified pack</source>
        <translation>Paquet non vérifié</translation>
    </message>
    <message>
        <source>This pack is not signed by a publisher Sabil knows, so nobody can vouch for what is in it.</source>
        <translation>Ce paquet n’est pas signé par un éditeur que Sabil connaît : personne ne peut garantir son contenu.</translation>
    </message>
    <message>
        <source>Import “%1” anyway? It will be marked unverified.</source>
        <translation>Importer « %1 » quand même ? Il sera marqué comme non vérifié.</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importer quand même</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Version plus ancienne</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is installed. Replace it with the older version %3?</source>
        <translation>La version %1 de « %2 » est installée. La remplacer par la version plus ancienne %3 ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Exportation de « %1 »…</translation>
    </message>
    <message>
        <source>“%1” was saved as %2.</source>
        <translation>« %1 » a été enregistré sous %2.</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>Retirer le paquet</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer? Learners will no longer practise it. Their answers so far are kept.</source>
        <translation>Retirer « %1 » de cet ordinateur ? Les élèves ne pourront plus s’y exercer. Leurs réponses déjà données sont conservées.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>« %1 » a été retiré.</translation>
    </message>
    <message>
        <source>Choose a publisher's public key</source>
        <translation>Choisir la clé publique d’un éditeur</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Clés publiques (*.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sabil now trusts packs signed by “%1” (key %2).</source>
        <translation>Sabil fait maintenant confiance aux paquets signés par « %1 » (clé %2).</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This pack cannot be imported: %1</source>
        <translation>Ce paquet ne peut pas être importé : %1</translation>
    </message>
    <message>
        <source>The pack could not be exported: %1</source>
        <translation>Le paquet n’a pas pu être exporté : %1</translation>
    </message>
    <message>
        <source>This did not work: %1</source>
        <translation>Cela n’a pas fonctionné : %1</translation>
    </message>
    <message>
        <source>Drive “%1”</source>
        <translation>Clé « %1 »</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Éditeur : %1</translation>
    </message>
    <message>
        <source>No publisher</source>
        <translation>Pas d’éditeur</translation>
    </message>
    <message>
        <source>✓ Verified publisher</source>
        <translation>✓ Éditeur vérifié</translation>
    </message>
    <message>
        <source>⚠ Unverified: signed by a publisher Sabil does not know</source>
        <translation>⚠ Non vérifié : signé par un éditeur que Sabil ne connaît pas</translation>
    </message>
    <message>
        <source>⚠ Unverified: not signed</source>
        <translation>⚠ Non vérifié : non signé</translation>
    </message>
    <message>
        <source>✗ Damaged or changed: the signature does not match</source>
        <translation>✗ Abîmé ou modifié : la signature ne correspond pas</translation>
    </message>
    <message>
        <source>✗ Not a pack Sabil can use</source>
        <translation>✗ Pas un paquet utilisable par Sabil</translation>
    </message>
    <message>
        <source>✓ Comes with Sabil</source>
        <translation>✓ Fourni avec Sabil</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export %1 to a drive</source>
        <translation>Exporter %1 vers une clé</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1 from this computer</source>
        <translation>Retirer %1 de cet ordinateur</translation>
    </message>
    <message>
        <source>New: not on this computer yet</source>
        <translation>Nouveau : pas encore sur cet ordinateur</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Update available: version %1 is installed</source>
        <translation>Mise à jour disponible : la version %1 est installée</translation>
    </message>
    <message>
        <source>Older than the installed version %1</source>
        <translation>Plus ancien que la version installée %1</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import %1 from the drive</source>
        <translation>Importer %1 depuis la clé</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a pack</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>Exporter « %1 »</translation>
    </message>
    <message>
        <source>The file will be called %1.</source>
        <translation>Le fichier s’appellera %1.</translation>
    </message>
    <message>
        <source>Where to save the pack</source>
        <translation>Où enregistrer le paquet</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>Un autre dossier…</translation>
    </message>
    <message>
        <source>Sign it with my teacher key</source>
        <translation>Le signer avec ma clé d’enseignant</translation>
    </message>
    <message>
        <source>Sign the exported pack with my teacher key</source>
        <translation>Signer le paquet exporté avec ma clé d’enseignant</translation>
    </message>
    <message>
        <source>Teacher key file</source>
        <translation>Fichier de la clé d’enseignant</translation>
    </message>
    <message>
        <source>Choose key file…</source>
        <translation>Choisir le fichier de clé…</translation>
    </message>
    <message>
        <source>Choose the private key file to sign with</source>
        <translation>Choisir le fichier de clé privée pour signer</translation>
    </message>
    <message>
        <source>Schools that trust your public key will see the pack as verified.</source>
        <translation>Les écoles qui font confiance à votre clé publique verront le paquet comme vérifié.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Enregistrer dans :</translation>
    </message>
    <message>
        <source>Choose a folder to save the pack in</source>
        <translation>Choisir un dossier où enregistrer le paquet</translation>
    </message>
    <message>
        <source>Choose your private key file</source>
        <translation>Choisir votre fichier de clé privée</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Listen to the word</source>
        <translation>Écouter le mot</translation>
    </message>
    <message>
        <source>Hear the word again</source>
        <translation>Réécouter le mot</translation>
    </message>
    <message>
        <source>Sound can't play here: this copy of Sabil was installed without its sound part.</source>
        <translation>Le son ne peut pas être joué ici : cette copie de Sabil a été installée sans sa partie son.</translation>
    </message>
    <message>
        <source>Sound can't play here: no speakers or headphones were found.</source>
        <translation>Le son ne peut pas être joué ici : aucun haut-parleur ni casque n’a été trouvé.</translation>
    </message>
</context>
</TS>