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
    <message>
        <source>Your plan: %1</source>
        <translation>Ton plan : %1</translation>
    </message>
    <message>
        <source>Part of your learning plan</source>
        <translation>Fait partie de ton plan d’apprentissage</translation>
    </message>
    <message>
        <source>Needed first for %1 in your plan</source>
        <translation>À apprendre d’abord pour %1 dans ton plan</translation>
    </message>
    <message>
        <source>Needed first for your learning plan</source>
        <translation>À apprendre d’abord pour ton plan d’apprentissage</translation>
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
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Please wait until the import has finished, or press Cancel.</source>
        <translation>Veuillez attendre la fin de l’importation, ou appuyez sur Annuler.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Family view</source>
        <translation>Vue famille</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Class hub and sync</source>
        <translation>Serveur et synchro</translation>
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
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Send this computer's answers to the class hub and fetch the others</source>
        <translation>Envoyer les réponses de cet ordinateur au serveur de la classe et récupérer les autres</translation>
    </message>
    <message>
        <source>Checking sync…</source>
        <translation>Vérification de la synchronisation…</translation>
    </message>
    <message>
        <source>Not connected to a class hub</source>
        <translation>Non connecté à un serveur de classe</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Dernière synchronisation %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>everything sent</source>
        <translation>tout est envoyé</translation>
    </message>
    <message>
        <source>A teacher must enrol this computer again</source>
        <translation>Un enseignant doit inscrire cet ordinateur à nouveau</translation>
    </message>
    <message>
        <source>The class hub's certificate changed; enrol this computer again</source>
        <translation>Le certificat du serveur de la classe a changé ; inscrivez cet ordinateur à nouveau</translation>
    </message>
    <message>
        <source>The class hub could not be reached; Sabil will try again</source>
        <translation>Le serveur de la classe est injoignable ; Sabil réessaiera</translation>
    </message>
    <message>
        <source>The last sync did not complete; Sabil will try again</source>
        <translation>La dernière synchronisation n’a pas abouti ; Sabil réessaiera</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) waiting</source>
        <translation><numerusform>%n réponse en attente</numerusform><numerusform>%n réponses en attente</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n day(s) behind</source>
        <translation><numerusform>L’horloge de cet ordinateur retarde de %n jour</numerusform><numerusform>L’horloge de cet ordinateur retarde de %n jours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n day(s) ahead</source>
        <translation><numerusform>L’horloge de cet ordinateur avance de %n jour</numerusform><numerusform>L’horloge de cet ordinateur avance de %n jours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n hour(s) behind</source>
        <translation><numerusform>L’horloge de cet ordinateur retarde de %n heure</numerusform><numerusform>L’horloge de cet ordinateur retarde de %n heures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n hour(s) ahead</source>
        <translation><numerusform>L’horloge de cet ordinateur avance de %n heure</numerusform><numerusform>L’horloge de cet ordinateur avance de %n heures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n minute(s) behind</source>
        <translation><numerusform>L’horloge de cet ordinateur retarde de %n minute</numerusform><numerusform>L’horloge de cet ordinateur retarde de %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n minute(s) ahead</source>
        <translation><numerusform>L’horloge de cet ordinateur avance de %n minute</numerusform><numerusform>L’horloge de cet ordinateur avance de %n minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>AdultMessages</name>
    <message>
        <source>Please type a name.</source>
        <translation>Veuillez saisir un nom.</translation>
    </message>
    <message>
        <source>That name is too long. Please use a shorter one.</source>
        <translation>Ce nom est trop long. Veuillez en choisir un plus court.</translation>
    </message>
    <message>
        <source>There is already a class with that name.</source>
        <translation>Il existe déjà une classe portant ce nom.</translation>
    </message>
    <message>
        <source>This class already has a group with that name.</source>
        <translation>Cette classe a déjà un groupe portant ce nom.</translation>
    </message>
    <message>
        <source>Only learners of the group's class can join the group.</source>
        <translation>Seuls les élèves de la classe du groupe peuvent rejoindre ce groupe.</translation>
    </message>
    <message>
        <source>This learner no longer exists.</source>
        <translation>Cet élève n’existe plus.</translation>
    </message>
    <message>
        <source>This class no longer exists.</source>
        <translation>Cette classe n’existe plus.</translation>
    </message>
    <message>
        <source>This group no longer exists.</source>
        <translation>Ce groupe n’existe plus.</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>Ce plan n’existe plus.</translation>
    </message>
    <message>
        <source>That content pack is not installed on this computer.</source>
        <translation>Ce paquet de contenu n’est pas installé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That skill is not in the pack any more.</source>
        <translation>Cette compétence ne fait plus partie du paquet.</translation>
    </message>
    <message>
        <source>Choose at least one skill, or the whole pack.</source>
        <translation>Choisissez au moins une compétence, ou le paquet entier.</translation>
    </message>
    <message>
        <source>The goal is too long. Please use at most 500 characters.</source>
        <translation>L’objectif est trop long. Veuillez utiliser 500 caractères au maximum.</translation>
    </message>
    <message>
        <source>Choose the subject the skill belongs to.</source>
        <translation>Choisissez la matière à laquelle appartient la compétence.</translation>
    </message>
    <message>
        <source>Some rows have problems, so nobody was imported. Fix them in the file and choose it again.</source>
        <translation>Certaines lignes posent problème : personne n’a été importé. Corrigez-les dans le fichier, puis choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The classes changed while importing. Please try again.</source>
        <translation>Les classes ont changé pendant l’importation. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The export file name must end in .json or .zip.</source>
        <translation>Le nom du fichier d’export doit se terminer par .json ou .zip.</translation>
    </message>
    <message>
        <source>This answer already has a rating.</source>
        <translation>Cette réponse a déjà une évaluation.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Une erreur s’est produite. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Le nom manque.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>Le nom est trop long.</translation>
    </message>
    <message>
        <source>The class is missing.</source>
        <translation>La classe manque.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>Le code secret doit comporter de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>This learner is listed twice in this class.</source>
        <translation>Cet élève figure deux fois dans cette classe.</translation>
    </message>
    <message>
        <source>Too many columns: a row has a name, a class and an optional PIN.</source>
        <translation>Trop de colonnes : une ligne contient un nom, une classe et un code secret facultatif.</translation>
    </message>
    <message>
        <source>The file is too large for a roster.</source>
        <translation>Le fichier est trop volumineux pour une liste de classe.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. In the spreadsheet, save it as "CSV UTF-8".</source>
        <translation>Le fichier n’est pas du texte UTF-8. Dans le tableur, enregistrez-le au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>The file has no learners in it.</source>
        <translation>Le fichier ne contient aucun élève.</translation>
    </message>
    <message>
        <source>A roster can have at most 2000 learners.</source>
        <translation>Une liste de classe peut contenir au plus 2000 élèves.</translation>
    </message>
    <message>
        <source>This row cannot be read.</source>
        <translation>Cette ligne est illisible.</translation>
    </message>
</context>
<context>
    <name>ReportStates</name>
    <message>
        <source>Mastered</source>
        <translation>Maîtrisée</translation>
    </message>
    <message>
        <source>Being forgotten</source>
        <translation>En voie d’oubli</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Struggling</source>
        <translation>En difficulté</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>il y a %n jour</numerusform><numerusform>il y a %n jours</numerusform></translation>
    </message>
    <message>
        <source>Content pack: %1</source>
        <translation>Paquet de contenu : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation><numerusform>%n élève</numerusform><numerusform>%n élèves</numerusform></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Créé le %1</translation>
    </message>
</context>
<context>
    <name>ClassHeatmap</name>
    <message>
        <source>estimate %1</source>
        <translation>estimation %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>%n réponse</numerusform><numerusform>%n réponses</numerusform></translation>
    </message>
    <message>
        <source>last practised %1</source>
        <translation>dernier entraînement : %1</translation>
    </message>
    <message>
        <source>recall now %1</source>
        <translation>rappel actuel %1</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Vue d’ensemble de la classe</translation>
    </message>
    <message>
        <source>Learners A to Z</source>
        <translation>Élèves de A à Z</translation>
    </message>
    <message>
        <source>Learners: most struggling first</source>
        <translation>Élèves : les plus en difficulté d’abord</translation>
    </message>
    <message>
        <source>Learners: most forgetting first</source>
        <translation>Élèves : ceux qui oublient le plus d’abord</translation>
    </message>
    <message>
        <source>Learners: fewest mastered first</source>
        <translation>Élèves : le moins de compétences maîtrisées d’abord</translation>
    </message>
    <message>
        <source>Learners: most mastered first</source>
        <translation>Élèves : le plus de compétences maîtrisées d’abord</translation>
    </message>
    <message>
        <source>Skills in teaching order</source>
        <translation>Compétences dans l’ordre d’enseignement</translation>
    </message>
    <message>
        <source>Skills: most struggling first</source>
        <translation>Compétences : le plus de difficultés d’abord</translation>
    </message>
    <message>
        <source>Skills: most forgetting first</source>
        <translation>Compétences : les plus oubliées d’abord</translation>
    </message>
    <message>
        <source>Skills: fewest mastered first</source>
        <translation>Compétences : les moins maîtrisées d’abord</translation>
    </message>
    <message>
        <source>Skills: fewest started first</source>
        <translation>Compétences : les moins commencées d’abord</translation>
    </message>
    <message>
        <source>Order of the learners</source>
        <translation>Ordre des élèves</translation>
    </message>
    <message>
        <source>Order of the skills</source>
        <translation>Ordre des compétences</translation>
    </message>
    <message>
        <source>Mastery of each skill by each learner</source>
        <translation>Maîtrise de chaque compétence par chaque élève</translation>
    </message>
    <message>
        <source>There are no learners in this list yet.</source>
        <translation>Il n’y a pas encore d’élève dans cette liste.</translation>
    </message>
    <message>
        <source>Click a square to see the numbers; double-click a name to open that learner's report.</source>
        <translation>Cliquez sur une case pour voir les chiffres ; double-cliquez sur un nom pour ouvrir le rapport de cet élève.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Skills by state</source>
        <translation>Compétences par état</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>révision à faire</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>No answers yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <source>answers a week (dark: right)</source>
        <translation>réponses par semaine (foncé : justes)</translation>
    </message>
    <message>
        <source>skills mastered</source>
        <translation>compétences maîtrisées</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n semaine</numerusform><numerusform>%n semaines</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>%n réponse</numerusform><numerusform>%n réponses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) mastered by the end</source>
        <translation><numerusform>%n compétence maîtrisée à la fin</numerusform><numerusform>%n compétences maîtrisées à la fin</numerusform></translation>
    </message>
</context>
<context>
    <name>DifficultItemsView</name>
    <message>
        <source>Difficult items</source>
        <translation>Questions difficiles</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>Wrong answers given most</source>
        <translation>Mauvaises réponses les plus fréquentes</translation>
    </message>
    <message>
        <source>Items the class finds hardest, with the wrong answers most often given</source>
        <translation>Les questions les plus difficiles pour la classe, avec les mauvaises réponses les plus fréquentes</translation>
    </message>
    <message>
        <source>Answered right least often. The same wrong answer from many learners points at a misconception.</source>
        <translation>Les moins souvent réussies. La même mauvaise réponse chez beaucoup d’élèves révèle une idée fausse.</translation>
    </message>
    <message>
        <source>(numbers vary)</source>
        <translation>(les nombres varient)</translation>
    </message>
    <message>
        <source>%1 of %2 (skill: %3)</source>
        <translation>%1 sur %2 (compétence : %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n learner(s))</source>
        <translation><numerusform>%1 (%n élève)</numerusform><numerusform>%1 (%n élèves)</numerusform></translation>
    </message>
    <message>
        <source>Not enough answers yet to tell which items are hard.</source>
        <translation>Pas encore assez de réponses pour savoir quelles questions sont difficiles.</translation>
    </message>
</context>
<context>
    <name>HelpNeededView</name>
    <message>
        <source>Help needed</source>
        <translation>Besoin d’aide</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Stuck on</source>
        <translation>Bloqué sur</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Learners stuck on a skill, with the items they missed</source>
        <translation>Élèves bloqués sur une compétence, avec les questions manquées</translation>
    </message>
    <message>
        <source>%1 of the last %2 wrong</source>
        <translation>%1 fausses sur les %2 dernières</translation>
    </message>
    <message>
        <source>hints on every item</source>
        <translation>des indices à chaque question</translation>
    </message>
    <message numerus="yes">
        <source>still at %1 after %n answer(s)</source>
        <translation><numerusform>toujours à %1 après %n réponse</numerusform><numerusform>toujours à %1 après %n réponses</numerusform></translation>
    </message>
    <message>
        <source>recall %1</source>
        <translation>rappel %1</translation>
    </message>
    <message>
        <source>estimate %1</source>
        <translation>estimation %1</translation>
    </message>
    <message>
        <source>Check first: %1 (%2, %3)</source>
        <translation>À vérifier d’abord : %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 — answered %2, right answer %3</source>
        <translation>%1 — a répondu %2, bonne réponse %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n hint(s))</source>
        <translation><numerusform>(%n indice)</numerusform><numerusform>(%n indices)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) need help now.</source>
        <translation><numerusform>%n élève a besoin d’aide maintenant.</numerusform><numerusform>%n élèves ont besoin d’aide maintenant.</numerusform></translation>
    </message>
    <message>
        <source>Double-click a name to see that learner's report.</source>
        <translation>Double-cliquez sur un nom pour voir le rapport de cet élève.</translation>
    </message>
    <message>
        <source>Nobody is stuck right now.</source>
        <translation>Personne n’est bloqué pour le moment.</translation>
    </message>
    <message>
        <source>Check first</source>
        <translation>À vérifier d’abord</translation>
    </message>
    <message>
        <source>Items missed</source>
        <translation>Questions manquées</translation>
    </message>
</context>
<context>
    <name>LearnerReport</name>
    <message>
        <source>One learner</source>
        <translation>Un élève</translation>
    </message>
    <message>
        <source>Learner shown</source>
        <translation>Élève affiché</translation>
    </message>
    <message>
        <source>Being forgotten</source>
        <translation>En voie d’oubli</translation>
    </message>
    <message>
        <source>What blocks the next skills</source>
        <translation>Ce qui bloque les compétences suivantes</translation>
    </message>
    <message>
        <source>Skills this learner is forgetting</source>
        <translation>Compétences que cet élève est en train d’oublier</translation>
    </message>
    <message>
        <source>Skills this learner could learn next and what stands in the way</source>
        <translation>Compétences que cet élève pourrait apprendre ensuite, et ce qui l’en empêche</translation>
    </message>
    <message>
        <source>There are no learners in this list yet.</source>
        <translation>Il n’y a pas encore d’élève dans cette liste.</translation>
    </message>
    <message>
        <source>Nothing is being forgotten.</source>
        <translation>Rien n’est en voie d’oubli.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>%n réponse</numerusform><numerusform>%n réponses</numerusform></translation>
    </message>
    <message>
        <source>%1 right</source>
        <translation>%1 de réussite</translation>
    </message>
    <message>
        <source>time on task %1</source>
        <translation>temps de travail %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n séance</numerusform><numerusform>%n séances</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation><numerusform>sur %n jour</numerusform><numerusform>sur %n jours</numerusform></translation>
    </message>
    <message>
        <source>last active %1</source>
        <translation>dernière activité : %1</translation>
    </message>
    <message>
        <source>%1: recall %2, last practised %3</source>
        <translation>%1 : rappel %2, dernier entraînement %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>il y a %n jour</numerusform><numerusform>il y a %n jours</numerusform></translation>
    </message>
    <message>
        <source>%1: will need a review soon (recall %2)</source>
        <translation>%1 : à réviser bientôt (rappel %2)</translation>
    </message>
    <message>
        <source>%1 needs: %2</source>
        <translation>%1 nécessite : %2</translation>
    </message>
    <message>
        <source>Ready to learn: %1</source>
        <translation>Prêt à apprendre : %1</translation>
    </message>
    <message>
        <source>Nothing is blocked.</source>
        <translation>Rien n’est bloqué.</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Semaine par semaine</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Justes</translation>
    </message>
    <message>
        <source>Time on task</source>
        <translation>Temps de travail</translation>
    </message>
    <message>
        <source>Skills mastered</source>
        <translation>Compétences maîtrisées</translation>
    </message>
    <message>
        <source>recall %1</source>
        <translation>rappel %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Learners shown: everyone, a class or a group</source>
        <translation>Élèves affichés : tous, une classe ou un groupe</translation>
    </message>
    <message>
        <source>Content pack the reports are about</source>
        <translation>Paquet de contenu concerné par les rapports</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Tous les élèves</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Save this report as a CSV file for a spreadsheet</source>
        <translation>Enregistrer ce rapport en fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save this report as a PDF file to print</source>
        <translation>Enregistrer ce rapport en fichier PDF à imprimer</translation>
    </message>
    <message>
        <source>No content pack is installed yet, so there is nothing to report.</source>
        <translation>Aucun paquet de contenu n’est encore installé : il n’y a rien à présenter.</translation>
    </message>
    <message>
        <source>A learner in this list was removed. Choose the list again.</source>
        <translation>Un élève de cette liste a été supprimé. Choisissez à nouveau la liste.</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Le rapport n’a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Enregistrer le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>New class name</source>
        <translation>Nom de la nouvelle classe</translation>
    </message>
    <message>
        <source>Name of the new class</source>
        <translation>Nom de la nouvelle classe</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Ajouter la classe</translation>
    </message>
    <message>
        <source>Import class list…</source>
        <translation>Importer une liste de classe…</translation>
    </message>
    <message>
        <source>Import a class list from a CSV file</source>
        <translation>Importer une liste de classe depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Remove class</source>
        <translation>Retirer la classe</translation>
    </message>
    <message>
        <source>Remove the class (its learners and their progress stay)</source>
        <translation>Retirer la classe (ses élèves et leur progression restent)</translation>
    </message>
    <message>
        <source>Learners in the class</source>
        <translation>Élèves de la classe</translation>
    </message>
    <message>
        <source>Learner to add to the class</source>
        <translation>Élève à ajouter à la classe</translation>
    </message>
    <message>
        <source>Add to class</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Take out of class</source>
        <translation>Retirer de la classe</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Groups of the class</source>
        <translation>Groupes de la classe</translation>
    </message>
    <message>
        <source>New group name</source>
        <translation>Nom du nouveau groupe</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>Nom du nouveau groupe</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajouter le groupe</translation>
    </message>
    <message>
        <source>Tick the learners in this group</source>
        <translation>Cochez les élèves de ce groupe</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Retirer le groupe</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Learners in %1</source>
        <translation>Élèves de %1</translation>
    </message>
    <message>
        <source>Add a group to split the class, e.g. for a lesson at a different level.</source>
        <translation>Ajoutez un groupe pour diviser la classe, par ex. pour une leçon d’un autre niveau.</translation>
    </message>
    <message>
        <source>Who is in %1:</source>
        <translation>Qui fait partie de %1 :</translation>
    </message>
    <message>
        <source>Remove the class %1 and its groups? Its learners and their progress stay.</source>
        <translation>Retirer la classe %1 et ses groupes ? Ses élèves et leur progression restent.</translation>
    </message>
    <message>
        <source>Remove the group %1? Its learners stay in the class.</source>
        <translation>Retirer le groupe %1 ? Ses élèves restent dans la classe.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Give the class a new name</source>
        <translation>Donner un nouveau nom à la classe</translation>
    </message>
    <message>
        <source>Give the group a new name</source>
        <translation>Donner un nouveau nom au groupe</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>Renommer la classe</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>New name for the class %1:</source>
        <translation>Nouveau nom de la classe %1 :</translation>
    </message>
    <message>
        <source>New name for the group %1:</source>
        <translation>Nouveau nom du groupe %1 :</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a class list</source>
        <translation>Importer une liste de classe</translation>
    </message>
    <message>
        <source>Choose a CSV file with one learner per row: name, class and an optional PIN. Save it from a spreadsheet as "CSV UTF-8". You will see every row before anything is imported.</source>
        <translation>Choisissez un fichier CSV avec un élève par ligne : nom, classe et un code secret facultatif. Enregistrez-le depuis un tableur au format « CSV UTF-8 ». Vous verrez chaque ligne avant toute importation.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose the class list file</source>
        <translation>Choisir le fichier de la liste de classe</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code secret</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passera</translation>
    </message>
    <message>
        <source>Preview of the class list</source>
        <translation>Aperçu de la liste de classe</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose the class list</source>
        <translation>Choisir la liste de classe</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.txt);;All files (*)</source>
        <translation>Listes de classe (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Already in this class: skipped</source>
        <translation>Déjà dans cette classe : ignoré</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nouvel élève</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (marked ⚠). Nothing will be imported until they are fixed in the file.</source>
        <translation><numerusform>%n ligne pose problème (marquée ⚠). Rien ne sera importé tant qu’elle n’est pas corrigée dans le fichier.</numerusform><numerusform>%n lignes posent problème (marquées ⚠). Rien ne sera importé tant qu’elles ne sont pas corrigées dans le fichier.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new learner(s) will be added.</source>
        <translation><numerusform>%n nouvel élève sera ajouté.</numerusform><numerusform>%n nouveaux élèves seront ajoutés.</numerusform></translation>
    </message>
    <message>
        <source>New classes: %1</source>
        <translation>Nouvelles classes : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) are already in their class and will be skipped.</source>
        <translation><numerusform>%n élève est déjà dans sa classe et sera ignoré.</numerusform><numerusform>%n élèves sont déjà dans leur classe et seront ignorés.</numerusform></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) imported.</source>
        <translation><numerusform>%n élève importé.</numerusform><numerusform>%n élèves importés.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already there, skipped.</source>
        <translation><numerusform>%n déjà présent, ignoré.</numerusform><numerusform>%n déjà présents, ignorés.</numerusform></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Learning plans</source>
        <translation>Plans d’apprentissage</translation>
    </message>
    <message>
        <source>Progress of each learner on the plan</source>
        <translation>Progression de chaque élève dans le plan</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>Retirer le plan</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Matière</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Learner's goal</source>
        <translation>Objectif de l’élève</translation>
    </message>
    <message>
        <source>e.g. Fractions before the test</source>
        <translation>par ex. Les fractions avant le contrôle</translation>
    </message>
    <message>
        <source>Name of the plan</source>
        <translation>Nom du plan</translation>
    </message>
    <message>
        <source>A learner</source>
        <translation>Un élève</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Un groupe</translation>
    </message>
    <message>
        <source>A class</source>
        <translation>Une classe</translation>
    </message>
    <message>
        <source>Who the plan is for</source>
        <translation>À qui s’adresse le plan</translation>
    </message>
    <message>
        <source>Learner, group or class</source>
        <translation>Élève, groupe ou classe</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Paquet de contenu</translation>
    </message>
    <message>
        <source>Chosen skills</source>
        <translation>Compétences choisies</translation>
    </message>
    <message>
        <source>A section: the skill and all it needs</source>
        <translation>Une partie : la compétence et tout ce qu’elle demande</translation>
    </message>
    <message>
        <source>The whole pack</source>
        <translation>Le paquet entier</translation>
    </message>
    <message>
        <source>What the plan covers</source>
        <translation>Ce que couvre le plan</translation>
    </message>
    <message>
        <source>Tick the skills of the plan</source>
        <translation>Cochez les compétences du plan</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>e.g. I want to master fractions by June</source>
        <translation>par ex. Je veux maîtriser les fractions avant juin</translation>
    </message>
    <message>
        <source>The goal, written with the learner</source>
        <translation>L’objectif, écrit avec l’élève</translation>
    </message>
    <message>
        <source>Assign plan</source>
        <translation>Attribuer le plan</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>pour le %1</translation>
    </message>
    <message>
        <source>No plans yet. Make one on the right.</source>
        <translation>Aucun plan pour l’instant. Créez-en un à droite.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objectif : %1</translation>
    </message>
    <message>
        <source>How each learner is doing:</source>
        <translation>Où en est chaque élève :</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>nothing to practise for it</source>
        <translation>rien à travailler pour l’instant</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>en bonne voie</translation>
    </message>
    <message>
        <source>%1: %2 of %3 skills · %4</source>
        <translation>%1 : %2 compétences sur %3 · %4</translation>
    </message>
    <message>
        <source>Next: %1 (needed first)</source>
        <translation>Ensuite : %1 (prérequis)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Install a content pack first.</source>
        <translation>Installez d’abord un paquet de contenu.</translation>
    </message>
    <message>
        <source>Choose who the plan is for.</source>
        <translation>Choisissez à qui s’adresse le plan.</translation>
    </message>
    <message>
        <source>Plan assigned to %1.</source>
        <translation>Plan attribué à %1.</translation>
    </message>
    <message>
        <source>Remove the plan “%1”? What the learners learned stays.</source>
        <translation>Retirer le plan « %1 » ? Ce que les élèves ont appris reste acquis.</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Modifier le plan</translation>
    </message>
    <message>
        <source>Change the plan's name, due date or goal</source>
        <translation>Modifier le nom, l’échéance ou l’objectif du plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Change plan: %1</source>
        <translation>Modifier le plan : %1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Modifications de « %1 » enregistrées.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Learners</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Learners on this computer</source>
        <translation>Élèves sur cet ordinateur</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>Tout exporter…</translation>
    </message>
    <message>
        <source>Export everything about this learner to a folder</source>
        <translation>Exporter tout ce qui concerne cet élève dans un dossier</translation>
    </message>
    <message>
        <source>Delete learner…</source>
        <translation>Supprimer l’élève…</translation>
    </message>
    <message>
        <source>Delete this learner</source>
        <translation>Supprimer cet élève</translation>
    </message>
    <message>
        <source>What leaves this computer</source>
        <translation>Ce qui quitte cet ordinateur</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Choisissez où enregistrer l’export</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Saved in %1:
%2
The .json file holds everything; the .zip holds the same as spreadsheet tables.</source>
        <translation>Enregistré dans %1 :
%2
Le fichier .json contient tout ; le .zip contient la même chose sous forme de tableaux.</translation>
    </message>
    <message>
        <source>Delete %1? Their profile, goals and own plans are removed from this computer, and from every device this one syncs with. This cannot be undone: export first if the family wants a copy.</source>
        <translation>Supprimer %1 ? Son profil, ses objectifs et ses plans personnels sont retirés de cet ordinateur et de tous les appareils avec lesquels il se synchronise. C’est irréversible : exportez d’abord si la famille veut une copie.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
    <message>
        <source>Nothing. This computer is not connected to a class hub, so everything stays here.</source>
        <translation>Rien. Cet ordinateur n’est pas connecté à un serveur de classe : tout reste ici.</translation>
    </message>
    <message>
        <source>learner names and settings (never PINs)</source>
        <translation>les noms et réglages des élèves (jamais les codes secrets)</translation>
    </message>
    <message>
        <source>their answers</source>
        <translation>leurs réponses</translation>
    </message>
    <message>
        <source>learning plans</source>
        <translation>les plans d’apprentissage</translation>
    </message>
    <message>
        <source>learners' goals</source>
        <translation>les objectifs des élèves</translation>
    </message>
    <message>
        <source>how sure learners felt</source>
        <translation>le degré de confiance des élèves</translation>
    </message>
    <message>
        <source>This computer sends %1 to %2 (%3).</source>
        <translation>Cet ordinateur envoie %1 à %2 (%3).</translation>
    </message>
    <message>
        <source>Class on the hub: %1</source>
        <translation>Classe sur le serveur : %1</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Dernier envoi : %1</translation>
    </message>
    <message>
        <source>Learners sent so far: %1</source>
        <translation>Élèves envoyés jusqu’ici : %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>The export could not be written there. Is the drive full or read-only?</source>
        <translation>L’export n’a pas pu être écrit à cet endroit. Le disque est-il plein ou en lecture seule ?</translation>
    </message>
    <message>
        <source>classes and groups</source>
        <translation>leurs classes et groupes</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Children on this computer</source>
        <translation>Enfants sur cet ordinateur</translation>
    </message>
    <message>
        <source>Earlier week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>Afficher la semaine d’avant</translation>
    </message>
    <message>
        <source>Later week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>Afficher la semaine d’après</translation>
    </message>
    <message>
        <source>Each bar is one day: its height is the questions answered, the green part the right answers.</source>
        <translation>Chaque barre est un jour : sa hauteur indique les questions répondues, la partie verte les bonnes réponses.</translation>
    </message>
    <message>
        <source>This child's week could not be shown. Please try again.</source>
        <translation>La semaine de cet enfant n’a pas pu être affichée. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Nobody is learning on this computer yet.</source>
        <translation>Personne n’apprend encore sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1's week</source>
        <translation>La semaine de %1</translation>
    </message>
</context>
<context>
    <name>WeekWords</name>
    <message>
        <source>%1: %2 answered, %3 right</source>
        <translation>%1 : %2 réponses, %3 justes</translation>
    </message>
    <message>
        <source>%1 has not practised in this week. Earlier weeks are one button away.</source>
        <translation>%1 ne s’est pas entraîné cette semaine-là. Les semaines précédentes sont à un clic.</translation>
    </message>
    <message numerus="yes">
        <source>%1 practised on %n day(s).</source>
        <translation><numerusform>%1 s’est entraîné %n jour.</numerusform><numerusform>%1 s’est entraîné %n jours.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) of practice in all.</source>
        <translation><numerusform>Environ %n minute d’entraînement en tout.</numerusform><numerusform>Environ %n minutes d’entraînement en tout.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered, %1 of them right.</source>
        <translation><numerusform>%n question répondue ; réponses justes : %1.</numerusform><numerusform>%n questions répondues ; réponses justes : %1.</numerusform></translation>
    </message>
    <message>
        <source>New skills mastered: %1.</source>
        <translation>Nouvelles compétences maîtrisées : %1.</translation>
    </message>
    <message>
        <source>No new skill mastered in this week.</source>
        <translation>Aucune nouvelle compétence maîtrisée cette semaine-là.</translation>
    </message>
    <message>
        <source>Also worked on: %1.</source>
        <translation>A aussi travaillé : %1.</translation>
    </message>
    <message>
        <source>%1 reached a goal: “%2”.</source>
        <translation>%1 a atteint un objectif : « %2 ».</translation>
    </message>
    <message>
        <source>%1's goal: “%2” (%3 of %4 skills mastered).</source>
        <translation>Objectif de %1 : « %2 » (%3 compétences maîtrisées sur %4).</translation>
    </message>
    <message>
        <source>%1's goal: “%2”.</source>
        <translation>Objectif de %1 : « %2 ».</translation>
    </message>
    <message>
        <source>You have not practised yet this week. Press Continue to start!</source>
        <translation>Tu ne t’es pas encore entraîné cette semaine. Appuie sur « Continuer » pour commencer !</translation>
    </message>
    <message numerus="yes">
        <source>You answered %n question(s) this week.</source>
        <translation><numerusform>Tu as répondu à %n question cette semaine.</numerusform><numerusform>Tu as répondu à %n questions cette semaine.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 et %n autre</numerusform><numerusform>%1 et %n autres</numerusform></translation>
    </message>
    <message>
        <source>You learned: %1!</source>
        <translation>Tu as appris : %1 !</translation>
    </message>
    <message>
        <source>You worked on: %1.</source>
        <translation>Tu as travaillé : %1.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Set a goal</source>
        <translation>Me fixer un objectif</translation>
    </message>
    <message>
        <source>Set yourself a new goal</source>
        <translation>Fixe-toi un nouvel objectif</translation>
    </message>
    <message>
        <source>I did it!</source>
        <translation>J’ai réussi !</translation>
    </message>
    <message>
        <source>I reached my goal</source>
        <translation>J’ai atteint mon objectif</translation>
    </message>
    <message>
        <source>My goal, e.g. I want to add big numbers</source>
        <translation>Mon objectif, par ex. je veux additionner de grands nombres</translation>
    </message>
    <message>
        <source>Your goal, in your own words</source>
        <translation>Ton objectif, avec tes mots</translation>
    </message>
    <message>
        <source>The skill that shows you reached it</source>
        <translation>La compétence qui montre que tu l’as atteint</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>I will tick it off myself</source>
        <translation>Je le cocherai moi-même</translation>
    </message>
    <message>
        <source>When I master: %1</source>
        <translation>Quand je maîtrise : %1</translation>
    </message>
    <message>
        <source>My goal: none yet. What do you want to learn?</source>
        <translation>Mon objectif : aucun pour l’instant. Qu’est-ce que tu veux apprendre ?</translation>
    </message>
    <message>
        <source>Goal reached: %1. Well done!</source>
        <translation>Objectif atteint : %1. Bravo !</translation>
    </message>
    <message>
        <source>My goal: %1</source>
        <translation>Mon objectif : %1</translation>
    </message>
    <message>
        <source>%1 of %2 skills</source>
        <translation>%1 compétences sur %2</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Cette semaine : %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change your goal</source>
        <translation>Modifie ton objectif</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>I want to reach it by a date</source>
        <translation>Je veux l’atteindre avant une date</translation>
    </message>
    <message>
        <source>The date you want to reach your goal by</source>
        <translation>La date avant laquelle tu veux atteindre ton objectif</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Enlever l’objectif</translation>
    </message>
    <message>
        <source>Remove this goal</source>
        <translation>Enlever cet objectif</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Je le garde</translation>
    </message>
    <message>
        <source>Yes, remove it</source>
        <translation>Oui, l’enlever</translation>
    </message>
    <message>
        <source>My goal: %1 (by %2)</source>
        <translation>Mon objectif : %1 (pour le %2)</translation>
    </message>
    <message>
        <source>Remove your goal “%1”? You can set a new one any time.</source>
        <translation>Enlever ton objectif « %1 » ? Tu peux en choisir un nouveau quand tu veux.</translation>
    </message>
</context>
<context>
    <name>ConfidenceRow</name>
    <message>
        <source>How sure were you?</source>
        <translation>Tu étais sûr de toi ?</translation>
    </message>
    <message>
        <source>I guessed</source>
        <translation>J’ai deviné</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Pas sûr</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Sûr</translation>
    </message>
    <message>
        <source>How sure were you? %1</source>
        <translation>Tu étais sûr de toi ? %1</translation>
    </message>
    <message>
        <source>Thanks!</source>
        <translation>Merci !</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Type the school's name and the class's name first.</source>
        <translation>Saisissez d’abord le nom de l’école et celui de la classe.</translation>
    </message>
    <message>
        <source>Starting the class hub…</source>
        <translation>Démarrage du serveur de la classe…</translation>
    </message>
    <message>
        <source>Stopping the class hub…</source>
        <translation>Arrêt du serveur de la classe…</translation>
    </message>
    <message>
        <source>Class hub address: %1</source>
        <translation>Adresse du serveur de la classe : %1</translation>
    </message>
    <message>
        <source>Enrolment code: %1</source>
        <translation>Code d’inscription : %1</translation>
    </message>
    <message>
        <source>QR code of the address and the enrolment code</source>
        <translation>Code QR de l’adresse et du code d’inscription</translation>
    </message>
    <message>
        <source>For %1 · %2. Valid for %3 days and %4 computers.</source>
        <translation>Pour %1 · %2. Valable %3 jours et pour %4 ordinateurs.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner computer(s) enrolled.</source>
        <translation><numerusform>%n ordinateur d’élève inscrit.</numerusform><numerusform>%n ordinateurs d’élèves inscrits.</numerusform></translation>
    </message>
    <message>
        <source>The class hub is running. Press New code to show an enrolment code.</source>
        <translation>Le serveur de la classe fonctionne. Appuyez sur « Nouveau code » pour afficher un code d’inscription.</translation>
    </message>
    <message>
        <source>Learner computers send their answers here, so your reports cover the whole class.</source>
        <translation>Les ordinateurs des élèves envoient leurs réponses ici : vos rapports couvrent ainsi toute la classe.</translation>
    </message>
    <message>
        <source>Another program is using the class hub's port. Close it (or another Sabil) and try again.</source>
        <translation>Un autre programme utilise le port du serveur de la classe. Fermez-le (ou l’autre Sabil) et réessayez.</translation>
    </message>
    <message>
        <source>Please use names of at most 100 characters.</source>
        <translation>Veuillez utiliser des noms de 100 caractères au plus.</translation>
    </message>
    <message>
        <source>The class hub could not start. Try again, or restart the computer.</source>
        <translation>Le serveur de la classe n’a pas pu démarrer. Réessayez, ou redémarrez l’ordinateur.</translation>
    </message>
    <message>
        <source>Looking for class hubs…</source>
        <translation>Recherche de serveurs de classe…</translation>
    </message>
    <message>
        <source>Class hubs on this network:</source>
        <translation>Serveurs de classe sur ce réseau :</translation>
    </message>
    <message>
        <source>Class hubs on this network (choose one):</source>
        <translation>Serveurs de classe sur ce réseau (choisissez-en un) :</translation>
    </message>
    <message>
        <source>No class hub found on this network. Type its address.</source>
        <translation>Aucun serveur de classe trouvé sur ce réseau. Saisissez son adresse.</translation>
    </message>
    <message>
        <source>Type the class hub's address and the enrolment code your teacher shows.</source>
        <translation>Saisissez l’adresse du serveur de la classe et le code d’inscription affiché par l’enseignant.</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Inscription…</translation>
    </message>
    <message>
        <source>This computer now syncs with %1 · %2.</source>
        <translation>Cet ordinateur se synchronise désormais avec %1 · %2.</translation>
    </message>
    <message>
        <source>This code is not known, has expired or is used up. Ask your teacher for a new one.</source>
        <translation>Ce code est inconnu, expiré ou épuisé. Demandez-en un nouveau à l’enseignant.</translation>
    </message>
    <message>
        <source>The class hub could not be reached. Check the address and that the hub is running.</source>
        <translation>Le serveur de la classe est injoignable. Vérifiez l’adresse et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>This is not the class hub of that code. Check the address and the whole code.</source>
        <translation>Ce n’est pas le serveur de classe de ce code. Vérifiez l’adresse et le code en entier.</translation>
    </message>
    <message>
        <source>This computer belongs to another school's hub. A teacher must remove it there first.</source>
        <translation>Cet ordinateur appartient au serveur d’une autre école. Un enseignant doit d’abord l’en retirer.</translation>
    </message>
    <message>
        <source>This computer was removed from that class hub.</source>
        <translation>Cet ordinateur a été retiré de ce serveur de classe.</translation>
    </message>
    <message>
        <source>Joining did not work. Check the address and the code, and try again.</source>
        <translation>L’inscription n’a pas abouti. Vérifiez l’adresse et le code, puis réessayez.</translation>
    </message>
    <message>
        <source>No USB stick found</source>
        <translation>Aucune clé USB trouvée</translation>
    </message>
    <message>
        <source>Choose where to save the answers</source>
        <translation>Choisissez où enregistrer les réponses</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved to %1. Take the stick to the class hub and load it there.</source>
        <translation>Enregistré dans %1. Apportez la clé au serveur de la classe et chargez-la là-bas.</translation>
    </message>
    <message>
        <source>Choose the folder with the sync files</source>
        <translation>Choisissez le dossier contenant les fichiers de synchronisation</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>There are no sync files for this computer on the stick.</source>
        <translation>Il n’y a pas de fichier de synchronisation pour cet ordinateur sur la clé.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n answer(s).</source>
        <translation><numerusform>%n réponse chargée.</numerusform><numerusform>%n réponses chargées.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reply file(s) for the learner computers were written to the stick.</source>
        <translation><numerusform>%n fichier de réponse pour les ordinateurs des élèves a été écrit sur la clé.</numerusform><numerusform>%n fichiers de réponse pour les ordinateurs des élèves ont été écrits sur la clé.</numerusform></translation>
    </message>
    <message>
        <source>These files were refused and changed nothing: %1</source>
        <translation>Ces fichiers ont été refusés et n’ont rien modifié : %1</translation>
    </message>
    <message>
        <source>Join a class hub once first: the hub must know this computer.</source>
        <translation>Rejoignez d’abord une fois un serveur de classe : le serveur doit connaître cet ordinateur.</translation>
    </message>
    <message>
        <source>The file could not be written. Is the stick full or read-only?</source>
        <translation>Le fichier n’a pas pu être écrit. La clé est-elle pleine ou en lecture seule ?</translation>
    </message>
    <message>
        <source>That did not work. Try again, or try another stick.</source>
        <translation>Cela n’a pas fonctionné. Réessayez, ou essayez une autre clé.</translation>
    </message>
    <message>
        <source>Class hub on this computer</source>
        <translation>Serveur de classe local</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Start class hub</source>
        <translation>Démarrer le serveur de classe</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the class hub</source>
        <translation>Arrêter le serveur de classe</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Code d’inscription</translation>
    </message>
    <message>
        <source>Join a class hub</source>
        <translation>Rejoindre un serveur de classe</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Clé USB</translation>
    </message>
    <message>
        <source>Save answers to a USB stick</source>
        <translation>Enregistrer sur la clé USB</translation>
    </message>
    <message>
        <source>Load from a USB stick</source>
        <translation>Charger depuis la clé USB</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
</context>
<context>
    <name>DistrictBox</name>
    <message>
        <source>District server</source>
        <translation>Serveur du district</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Connect this class hub to the district server</source>
        <translation>Connecter ce serveur de classe au serveur du district</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send the school's answers to the district server now</source>
        <translation>Envoyer maintenant les réponses de l’école au serveur du district</translation>
    </message>
    <message>
        <source>Send this school's answers to the district server: type its address and the code the district gave you.</source>
        <translation>Envoyez les réponses de cette école au serveur du district : saisissez son adresse et le code que le district vous a donné.</translation>
    </message>
    <message>
        <source>Type the district server's address and the code the district gave you.</source>
        <translation>Saisissez l’adresse du serveur du district et le code que le district vous a donné.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected to %1 at</source>
        <translation>Connecté à %1 à l’adresse</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent to the district %1</source>
        <translation>Envoyé au district %1</translation>
    </message>
    <message>
        <source>Not sent to the district yet</source>
        <translation>Rien n’a encore été envoyé au district</translation>
    </message>
    <message>
        <source>everything sent</source>
        <translation>tout est envoyé</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) waiting</source>
        <translation><numerusform>%n réponse en attente</numerusform><numerusform>%n réponses en attente</numerusform></translation>
    </message>
    <message>
        <source>The district must give this hub a new code</source>
        <translation>Le district doit donner un nouveau code à ce serveur</translation>
    </message>
    <message>
        <source>The district server refused learners of another school</source>
        <translation>Le serveur du district a refusé des élèves d’une autre école</translation>
    </message>
    <message>
        <source>The district server could not be reached; Sabil will try again</source>
        <translation>Le serveur du district est injoignable ; Sabil réessaiera</translation>
    </message>
    <message>
        <source>The last send did not complete; Sabil will try again</source>
        <translation>Le dernier envoi n’a pas abouti ; Sabil réessaiera</translation>
    </message>
    <message>
        <source>This code is not known, has expired or is used up. Ask the district for a new one.</source>
        <translation>Ce code est inconnu, expiré ou épuisé. Demandez-en un nouveau au district.</translation>
    </message>
    <message>
        <source>The district server could not be reached. Check the address.</source>
        <translation>Le serveur du district est injoignable. Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>This is not the district server of that code. Check the address and the whole code.</source>
        <translation>Ce n’est pas le serveur du district de ce code. Vérifiez l’adresse et le code en entier.</translation>
    </message>
    <message>
        <source>This hub belongs to another school on that server.</source>
        <translation>Ce serveur de classe appartient à une autre école sur le serveur du district.</translation>
    </message>
    <message>
        <source>Connecting did not work. Check the address and the code, and try again.</source>
        <translation>La connexion n’a pas abouti. Vérifiez l’adresse et le code, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>TimeAgo</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation><numerusform>il y a %n minute</numerusform><numerusform>il y a %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation><numerusform>il y a %n heure</numerusform><numerusform>il y a %n heures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>il y a %n jour</numerusform><numerusform>il y a %n jours</numerusform></translation>
    </message>
</context>
</TS>