<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/ui/home_page.py" line="132" />
        <source>Hello, %1!</source>
        <translation>¡Hola, %1!</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="133" />
        <source>Switch learner</source>
        <translation>Cambiar de estudiante</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="134" />
        <source>Switch learner: back to the list of learners</source>
        <translation>Cambiar de estudiante: volver a la lista de estudiantes</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="135" />
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="136" />
        <source>Continue practising</source>
        <translation>Seguir practicando</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="137" />
        <source>Sabil picks what is best for you next.</source>
        <translation>Sabil elige lo mejor para ti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="139" />
        <source>Or choose one of these:</source>
        <translation>O elige una de estas opciones:</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="140" />
        <source>Your skills</source>
        <translation>Tus habilidades</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="141" />
        <source>Skill map</source>
        <translation>Mapa de habilidades</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="175" />
        <source>There is nothing to practise yet. Ask an adult to add a content pack.</source>
        <translation>Todavía no hay nada para practicar. Pide a un adulto que añada un paquete de contenido.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="219" />
        <source>Why this? %1</source>
        <translation>¿Por qué? %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="237" />
        <source>You have mastered every skill here. Well done!</source>
        <translation>Ya dominas todas las habilidades de aquí. ¡Muy bien!</translation>
    </message>
    <message>
        <source>Learn:</source>
        <translation>Aprender:</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="149" />
        <source>Edit learner</source>
        <translation>Editar estudiante</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="149" />
        <source>New learner</source>
        <translation>Nuevo estudiante</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="150" />
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="151" />
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="152" />
        <source>&amp;PIN (optional)</source>
        <translation>&amp;Clave (opcional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="153" />
        <source>PIN &amp;again</source>
        <translation>&amp;Repite la clave</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="154" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="155" />
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="156" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="157" />
        <source>PIN, 4 digits, optional</source>
        <translation>Clave, 4 dígitos, opcional</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="158" />
        <source>PIN again</source>
        <translation>Repite la clave</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="159" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="160" />
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="161" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="161" />
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="161" />
        <source>Extra large</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="165" />
        <source>Leave the PIN empty to keep the current one.</source>
        <translation>Deja la clave vacía para mantener la actual.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="167" />
        <source>A PIN keeps brothers and sisters out of each other's work.</source>
        <translation>Con una clave, cada hermano o hermana protege su propio trabajo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="168" />
        <location filename="../../app/ui/learner_dialog.py" line="169" />
        <source>Remove the PIN</source>
        <translation>Quitar la clave</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="170" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="171" />
        <source>Save learner</source>
        <translation>Guardar estudiante</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="172" />
        <location filename="../../app/ui/learner_dialog.py" line="173" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>LineInput</name>
    <message>
        <location filename="../../app/ui/answer_inputs.py" line="164" />
        <source>e.g. 3/4 or 0.75</source>
        <translation>por ejemplo: 3/4 o 0.75</translation>
    </message>
    <message>
        <location filename="../../app/ui/answer_inputs.py" line="165" />
        <source>Your answer, a number</source>
        <translation>Tu respuesta, un número</translation>
    </message>
    <message>
        <location filename="../../app/ui/answer_inputs.py" line="166" />
        <source>Type a number</source>
        <translation>Escribe un número</translation>
    </message>
    <message>
        <location filename="../../app/ui/answer_inputs.py" line="168" />
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/answer_inputs.py" line="169" />
        <source>Type your answer</source>
        <translation>Escribe tu respuesta</translation>
    </message>
    <message>
        <source>e.g. 2x + 6 or 2(x + 3)</source>
        <translation>por ejemplo: 2x + 6 o 2(x + 3)</translation>
    </message>
    <message>
        <source>Your answer, an expression</source>
        <translation>Tu respuesta, una expresión</translation>
    </message>
    <message>
        <source>Type an expression</source>
        <translation>Escribe una expresión</translation>
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
        <translation>Lo sentimos, algo salió mal. Tus respuestas hasta ahora están guardadas.

Por favor, inténtalo otra vez.</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <location filename="../../app/ui/picker_page.py" line="101" />
        <source>Who is learning today?</source>
        <translation>¿Quién aprende hoy?</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="102" />
        <source>No learners yet. Press “Add learner” to begin.</source>
        <translation>Todavía no hay estudiantes. Presiona “Añadir estudiante” para empezar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="103" />
        <source>Add learner</source>
        <translation>Añadir estudiante</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="104" />
        <source>Add a new learner</source>
        <translation>Añadir un estudiante nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="105" />
        <source>Manage (adults)</source>
        <translation>Gestionar (adultos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="106" />
        <source>Manage learners: edit or delete</source>
        <translation>Gestionar estudiantes: editar o borrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="107" />
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="108" />
        <source>Edit the selected learner</source>
        <translation>Editar al estudiante elegido</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="109" />
        <location filename="../../app/ui/picker_page.py" line="209" />
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="110" />
        <source>Delete the selected learner</source>
        <translation>Borrar al estudiante elegido</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="111" />
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="113" />
        <source>Start as %1</source>
        <translation>Empezar como %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="207" />
        <source>Delete learner</source>
        <translation>Borrar estudiante</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="208" />
        <source>Delete %1 and all their progress on this computer?</source>
        <translation>¿Borrar a %1 y todo su progreso en este equipo?</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="210" />
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>For teachers and parents</source>
        <translation>Para docentes y familias</translation>
    </message>
    <message>
        <source>Teacher mode: content packs (needs the adult password)</source>
        <translation>Modo docente: paquetes de contenido (requiere la contraseña de adultos)</translation>
    </message>
</context>
<context>
    <name>PinPadPage</name>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="94" />
        <source>%1, type your PIN</source>
        <translation>%1, escribe tu clave</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="95" />
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="96" />
        <source>Back to the learner list</source>
        <translation>Volver a la lista de estudiantes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="97" />
        <source>Erase a digit</source>
        <translation>Borrar un dígito</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="99" />
        <source>Digit %1</source>
        <translation>Dígito %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pin_pad.py" line="100" />
        <location filename="../../app/ui/pin_pad.py" line="154" />
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>%n dígito escrito</numerusform>
            <numerusform>%n dígitos escritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pin_pad.py" line="102" />
        <source>Too many tries. Wait %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Espera %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Espera %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="174" />
        <source>That is not the right PIN. Try again.</source>
        <translation>Esa no es la clave correcta. Inténtalo otra vez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="181" />
        <source>The PIN could not be checked. Please try again.</source>
        <translation>No se pudo comprobar la clave. Por favor, inténtalo otra vez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="194" />
        <source>Try again.</source>
        <translation>Inténtalo otra vez.</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../app/ui/practice_page.py" line="0" />
        <source>Why this? %1</source>
        <translation>¿Por qué? %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="154" />
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="155" />
        <source>Finish and see what you did (Esc)</source>
        <translation>Terminar y ver lo que hiciste (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="156" />
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="157" />
        <source>Show a hint</source>
        <translation>Mostrar una pista</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="158" />
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="159" />
        <source>Check my answer (Enter)</source>
        <translation>Comprobar mi respuesta (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="160" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="161" />
        <source>Next question (Enter)</source>
        <translation>Siguiente pregunta (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="162" />
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="163" />
        <source>The answer is:</source>
        <translation>La respuesta es:</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="164" />
        <source>How to solve it:</source>
        <translation>Cómo resolverlo:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/practice_page.py" line="166" />
        <location filename="../../app/ui/practice_page.py" line="373" />
        <source>%n answered in this session</source>
        <translation>
            <numerusform>%n respuesta en esta sesión</numerusform>
            <numerusform>%n respuestas en esta sesión</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="240" />
        <source>Choose or type an answer first.</source>
        <translation>Primero elige o escribe una respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="286" />
        <source>I could not read that answer. Choose one of the answers above.</source>
        <translation>No pude leer esa respuesta. Elige una de las respuestas de arriba.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="288" />
        <source>I could not read that answer. Try writing it like 3/4 or 0.75.</source>
        <translation>No pude leer esa respuesta. Intenta escribirla así: 3/4 o 0.75.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="289" />
        <source>I could not read that answer. Please try again.</source>
        <translation>No pude leer esa respuesta. Por favor, inténtalo otra vez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="298" />
        <source>Great job!</source>
        <translation>¡Buen trabajo!</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="298" />
        <source>Well done!</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="298" />
        <source>Correct!</source>
        <translation>¡Correcto!</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="298" />
        <source>Brilliant!</source>
        <translation>¡Genial!</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="301" />
        <source>Correct! You have mastered this skill!</source>
        <translation>¡Correcto! ¡Ya dominas esta habilidad!</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="303" />
        <source>Not quite.</source>
        <translation>No del todo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="343" />
        <source>Hint %1 of %2</source>
        <translation>Pista %1 de %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="358" />
        <source>Something went wrong. Your earlier answers are saved. Press Finish.</source>
        <translation>Algo salió mal. Tus respuestas anteriores están guardadas. Presiona “Terminar”.</translation>
    </message>
    <message>
        <source>I could not read that answer. Use only the letters from the question.</source>
        <translation>No pude leer esa respuesta. Usa solo las letras de la pregunta.</translation>
    </message>
    <message>
        <source>I could not read that answer. Try writing it like 2x + 6 or 2(x + 3).</source>
        <translation>No pude leer esa respuesta. Intenta escribirla así: 2x + 6 o 2(x + 3).</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../app/ui/reasons.py" line="28" />
        <source>Keep going: you are learning this</source>
        <translation>Sigue así: estás aprendiendo esto</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="32" />
        <source>New: you have mastered %1</source>
        <translation>Nuevo: ya dominas %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="33" />
        <source>New: you are ready for this</source>
        <translation>Nuevo: ya puedes empezar esto</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="35" />
        <source>New: a good place to start</source>
        <translation>Nuevo: un buen lugar para empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="39" />
        <source>Practise again: it will help with %1</source>
        <translation>Practica otra vez: te ayudará con %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="40" />
        <source>Practise again: it will make the next skill easier</source>
        <translation>Practica otra vez: la siguiente habilidad será más fácil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="44" />
        <source>Review: last seen %n day(s) ago</source>
        <translation>
            <numerusform>Repaso: la última vez fue hace %n día</numerusform>
            <numerusform>Repaso: la última vez fue hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="45" />
        <source>Review: time to remember this</source>
        <translation>Repaso: es hora de recordar esto</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="47" />
        <source>You know this: practise to keep it fresh</source>
        <translation>Ya lo sabes: practica para no olvidarlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="51" />
        <source>Almost ready: first finish %1</source>
        <translation>Falta poco: primero termina %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="52" />
        <source>Suggested for you</source>
        <translation>Recomendado para ti</translation>
    </message>
    <message>
        <source>Your plan: %1</source>
        <translation>Tu plan: %1</translation>
    </message>
    <message>
        <source>Part of your learning plan</source>
        <translation>Forma parte de tu plan de aprendizaje</translation>
    </message>
    <message>
        <source>Needed first for %1 in your plan</source>
        <translation>Lo necesitas primero para %1 de tu plan</translation>
    </message>
    <message>
        <source>Needed first for your learning plan</source>
        <translation>Lo necesitas primero para tu plan de aprendizaje</translation>
    </message>
</context>
<context>
    <name>SkillStatus</name>
    <message>
        <location filename="../../app/ui/skill_tile.py" line="17" />
        <source>Mastered</source>
        <translation>Dominada</translation>
    </message>
    <message>
        <location filename="../../app/ui/skill_tile.py" line="18" />
        <source>Learning</source>
        <translation>Aprendiendo</translation>
    </message>
    <message>
        <location filename="../../app/ui/skill_tile.py" line="19" />
        <source>Ready to start</source>
        <translation>Lista para empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/skill_tile.py" line="20" />
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/first_start.py" line="22" />
        <source>Getting Sabil ready for the first time…
This takes a moment.</source>
        <translation>Preparando Sabil por primera vez…
Esto tarda un momento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201" />
        <source>Sabil cannot start</source>
        <translation>Sabil no puede iniciarse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202" />
        <source>Sabil cannot save work in this folder:
%1

Ask an adult to check that the folder exists and that this computer user may write in it.</source>
        <translation>Sabil no puede guardar el trabajo en esta carpeta:
%1

Pide a un adulto que compruebe que la carpeta existe y que este usuario del equipo puede escribir en ella.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../app/ui/summary_page.py" line="105" />
        <source>Here is what you did</source>
        <translation>Esto es lo que hiciste</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="106" />
        <source>Keep going</source>
        <translation>Seguir practicando</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="107" />
        <source>Keep going: practise more</source>
        <translation>Seguir: practicar más</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="108" />
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="109" />
        <source>Done: back to my skills</source>
        <translation>Listo: volver a mis habilidades</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="110" />
        <source>Your skills before → after</source>
        <translation>Tus habilidades antes → después</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/summary_page.py" line="133" />
        <source>%n question(s) answered</source>
        <translation>
            <numerusform>%n pregunta respondida</numerusform>
            <numerusform>%n preguntas respondidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/summary_page.py" line="134" />
        <source>%n correct</source>
        <translation>
            <numerusform>%n correcta</numerusform>
            <numerusform>%n correctas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="136" />
        <source>Time: %1 min %2 s</source>
        <translation>Tiempo: %1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/summary_page.py" line="142" />
        <source>New skill(s) mastered: %1</source>
        <translation>
            <numerusform>Nueva habilidad dominada: %1</numerusform>
            <numerusform>Nuevas habilidades dominadas: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="163" />
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="164" />
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="175" />
        <source>%1 of %2 right</source>
        <translation>%1 de %2 correctas</translation>
    </message>
</context>
<context>
    <name>ValidationMessages</name>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="11" />
        <source>Please type a name.</source>
        <translation>Por favor, escribe un nombre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="12" />
        <source>That name is too long. Please use a shorter one.</source>
        <translation>Ese nombre es demasiado largo. Por favor, usa uno más corto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="13" />
        <source>Someone already has that name. Please choose another.</source>
        <translation>Alguien ya tiene ese nombre. Por favor, elige otro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="14" />
        <source>The PIN must be exactly 4 digits.</source>
        <translation>La clave debe tener exactamente 4 dígitos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="15" />
        <source>The two PINs are not the same. Please type them again.</source>
        <translation>Las dos claves no son iguales. Por favor, escríbelas otra vez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="16" />
        <source>Please choose a picture.</source>
        <translation>Por favor, elige una imagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="17" />
        <source>Please choose a language.</source>
        <translation>Por favor, elige un idioma.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="18" />
        <source>Please choose a text size.</source>
        <translation>Por favor, elige un tamaño de texto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="19" />
        <source>This learner no longer exists.</source>
        <translation>Este estudiante ya no existe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="21" />
        <source>Something is not right. Please check and try again.</source>
        <translation>Algo no está bien. Por favor, revisa e inténtalo otra vez.</translation>
    </message>
</context>
<context>
    <name>NextStepsBar</name>
    <message>
        <location filename="../../app/ui/next_steps.py" line="0" />
        <source>Or practise:</source>
        <translation>O practica:</translation>
    </message>
    <message>
        <location filename="../../app/ui/next_steps.py" line="0" />
        <source>Why this? %1</source>
        <translation>¿Por qué? %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/next_steps.py" line="0" />
        <source>Practise %1 next</source>
        <translation>Practica %1 a continuación</translation>
    </message>
</context>
<context>
    <name>TeacherGate</name>
    <message>
        <source>For teachers and parents</source>
        <translation>Para docentes y familias</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back to the learner list</source>
        <translation>Volver a la lista de estudiantes</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Escríbala otra vez:</translation>
    </message>
    <message>
        <source>The new teacher password again</source>
        <translation>La nueva contraseña docente, otra vez</translation>
    </message>
    <message>
        <source>Teacher mode is where adults add and remove content packs. Choose its password first.</source>
        <translation>En el modo docente, las personas adultas añaden y quitan paquetes de contenido. Primero elija su contraseña.</translation>
    </message>
    <message>
        <source>New teacher password:</source>
        <translation>Nueva contraseña docente:</translation>
    </message>
    <message>
        <source>New teacher password</source>
        <translation>Nueva contraseña docente</translation>
    </message>
    <message>
        <source>At least %1 characters. This password is for adults only: it is not a child's PIN, and children should not know it.</source>
        <translation>Al menos %1 caracteres. Esta contraseña es solo para adultos: no es la clave de un niño y los niños no deben conocerla.</translation>
    </message>
    <message>
        <source>Set password and open</source>
        <translation>Guardar la contraseña y abrir</translation>
    </message>
    <message>
        <source>Type the teacher password to manage content packs.</source>
        <translation>Escriba la contraseña docente para gestionar los paquetes de contenido.</translation>
    </message>
    <message>
        <source>Teacher password:</source>
        <translation>Contraseña docente:</translation>
    </message>
    <message>
        <source>Teacher password</source>
        <translation>Contraseña docente</translation>
    </message>
    <message>
        <source>This is the adults' password, not a child's PIN.</source>
        <translation>Es la contraseña de los adultos, no la clave de un niño.</translation>
    </message>
    <message>
        <source>Open teacher mode</source>
        <translation>Abrir el modo docente</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s).</source>
        <translation><numerusform>Demasiados intentos. Espere %n segundo.</numerusform><numerusform>Demasiados intentos. Espere %n segundos.</numerusform></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>La contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Las dos contraseñas no coinciden. Escríbalas otra vez.</translation>
    </message>
    <message>
        <source>That is not the teacher password. Try again.</source>
        <translation>Esa no es la contraseña docente. Inténtelo otra vez.</translation>
    </message>
    <message>
        <source>That password is too long.</source>
        <translation>Esa contraseña es demasiado larga.</translation>
    </message>
    <message>
        <source>The password could not be checked. Please try again.</source>
        <translation>No se pudo comprobar la contraseña. Inténtelo otra vez.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Inténtelo otra vez.</translation>
    </message>
</context>
<context>
    <name>TeacherPage</name>
    <message>
        <source>Teacher mode</source>
        <translation>Modo docente</translation>
    </message>
    <message>
        <source>Leave teacher mode</source>
        <translation>Salir del modo docente</translation>
    </message>
    <message>
        <source>Leave teacher mode and go back to the learners</source>
        <translation>Salir del modo docente y volver a los estudiantes</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Please wait until the import has finished, or press Cancel.</source>
        <translation>Espere a que termine la importación o pulse Cancelar.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Family view</source>
        <translation>Vista familiar</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Class hub and sync</source>
        <translation>Servidor y sincronización</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>On this computer</source>
        <translation>En este ordenador</translation>
    </message>
    <message>
        <source>On USB drives</source>
        <translation>En memorias USB</translation>
    </message>
    <message>
        <source>Trust a publisher key…</source>
        <translation>Confiar en una clave de editor…</translation>
    </message>
    <message>
        <source>Trust a publisher's public key from a drive</source>
        <translation>Confiar en la clave pública de un editor desde una unidad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>No packs are installed yet.</source>
        <translation>Todavía no hay paquetes instalados.</translation>
    </message>
    <message>
        <source>No USB drive found. Plug in a USB stick with .sabilpack files.</source>
        <translation>No se encontró ninguna unidad USB. Conecte una memoria USB con archivos .sabilpack.</translation>
    </message>
    <message>
        <source>No packs on this drive.</source>
        <translation>No hay paquetes en esta unidad.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importando «%1»…</translation>
    </message>
    <message>
        <source>“%1” version %2 is installed.</source>
        <translation>«%1» versión %2 está instalado.</translation>
    </message>
    <message>
        <source>It is signed by “%1” (key %2), a publisher Sabil does not know.</source>
        <translation>Está firmado por «%1» (clave %2), un editor que Sabil no conoce.</translation>
    </message>
    <message>
        <source>It is not signed by any publisher.</source>
        <translation>No está firmado por ningún editor.</translation>
    </message>
    <message>
        <source>Unverified pack</source>
        <translation>Paquete no verificado</translation>
    </message>
    <message>
        <source>This pack is not signed by a publisher Sabil knows, so nobody can vouch for what is in it.</source>
        <translation>Este paquete no está firmado por un editor que Sabil conozca, así que nadie puede garantizar su contenido.</translation>
    </message>
    <message>
        <source>Import “%1” anyway? It will be marked unverified.</source>
        <translation>¿Importar «%1» de todos modos? Quedará marcado como no verificado.</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importar de todos modos</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is installed. Replace it with the older version %3?</source>
        <translation>La versión %1 de «%2» está instalada. ¿Reemplazarla por la versión anterior %3?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Exportando «%1»…</translation>
    </message>
    <message>
        <source>“%1” was saved as %2.</source>
        <translation>«%1» se guardó como %2.</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>Quitar el paquete</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer? Learners will no longer practise it. Their answers so far are kept.</source>
        <translation>¿Quitar «%1» de este ordenador? Los estudiantes ya no podrán practicarlo. Sus respuestas hasta ahora se conservan.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>«%1» se quitó.</translation>
    </message>
    <message>
        <source>Choose a publisher's public key</source>
        <translation>Elegir la clave pública de un editor</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Claves públicas (*.pub);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Sabil now trusts packs signed by “%1” (key %2).</source>
        <translation>Sabil ahora confía en los paquetes firmados por «%1» (clave %2).</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No se cambió nada.</translation>
    </message>
    <message>
        <source>This pack cannot be imported: %1</source>
        <translation>Este paquete no se puede importar: %1</translation>
    </message>
    <message>
        <source>The pack could not be exported: %1</source>
        <translation>No se pudo exportar el paquete: %1</translation>
    </message>
    <message>
        <source>This did not work: %1</source>
        <translation>No funcionó: %1</translation>
    </message>
    <message>
        <source>Drive “%1”</source>
        <translation>Unidad «%1»</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Editor: %1</translation>
    </message>
    <message>
        <source>No publisher</source>
        <translation>Sin editor</translation>
    </message>
    <message>
        <source>✓ Verified publisher</source>
        <translation>✓ Editor verificado</translation>
    </message>
    <message>
        <source>⚠ Unverified: signed by a publisher Sabil does not know</source>
        <translation>⚠ No verificado: firmado por un editor que Sabil no conoce</translation>
    </message>
    <message>
        <source>⚠ Unverified: not signed</source>
        <translation>⚠ No verificado: sin firma</translation>
    </message>
    <message>
        <source>✗ Damaged or changed: the signature does not match</source>
        <translation>✗ Dañado o modificado: la firma no coincide</translation>
    </message>
    <message>
        <source>✗ Not a pack Sabil can use</source>
        <translation>✗ No es un paquete que Sabil pueda usar</translation>
    </message>
    <message>
        <source>✓ Comes with Sabil</source>
        <translation>✓ Incluido con Sabil</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export %1 to a drive</source>
        <translation>Exportar %1 a una unidad</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1 from this computer</source>
        <translation>Quitar %1 de este ordenador</translation>
    </message>
    <message>
        <source>New: not on this computer yet</source>
        <translation>Nuevo: aún no está en este ordenador</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Update available: version %1 is installed</source>
        <translation>Actualización disponible: está instalada la versión %1</translation>
    </message>
    <message>
        <source>Older than the installed version %1</source>
        <translation>Más antiguo que la versión instalada %1</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import %1 from the drive</source>
        <translation>Importar %1 desde la unidad</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a pack</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>Exportar «%1»</translation>
    </message>
    <message>
        <source>The file will be called %1.</source>
        <translation>El archivo se llamará %1.</translation>
    </message>
    <message>
        <source>Where to save the pack</source>
        <translation>Dónde guardar el paquete</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>Otra carpeta…</translation>
    </message>
    <message>
        <source>Sign it with my teacher key</source>
        <translation>Firmarlo con mi clave docente</translation>
    </message>
    <message>
        <source>Sign the exported pack with my teacher key</source>
        <translation>Firmar el paquete exportado con mi clave docente</translation>
    </message>
    <message>
        <source>Teacher key file</source>
        <translation>Archivo de la clave docente</translation>
    </message>
    <message>
        <source>Choose key file…</source>
        <translation>Elegir el archivo de clave…</translation>
    </message>
    <message>
        <source>Choose the private key file to sign with</source>
        <translation>Elegir el archivo de clave privada para firmar</translation>
    </message>
    <message>
        <source>Schools that trust your public key will see the pack as verified.</source>
        <translation>Las escuelas que confían en su clave pública verán el paquete como verificado.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>Choose a folder to save the pack in</source>
        <translation>Elegir una carpeta donde guardar el paquete</translation>
    </message>
    <message>
        <source>Choose your private key file</source>
        <translation>Elegir su archivo de clave privada</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Listen to the word</source>
        <translation>Escuchar la palabra</translation>
    </message>
    <message>
        <source>Hear the word again</source>
        <translation>Volver a oír la palabra</translation>
    </message>
    <message>
        <source>Sound can't play here: this copy of Sabil was installed without its sound part.</source>
        <translation>El sonido no se puede reproducir aquí: esta copia de Sabil se instaló sin su parte de sonido.</translation>
    </message>
    <message>
        <source>Sound can't play here: no speakers or headphones were found.</source>
        <translation>El sonido no se puede reproducir aquí: no se encontraron altavoces ni auriculares.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send this computer's answers to the class hub and fetch the others</source>
        <translation>Enviar las respuestas de este ordenador al servidor de la clase y traer las demás</translation>
    </message>
    <message>
        <source>Checking sync…</source>
        <translation>Comprobando la sincronización…</translation>
    </message>
    <message>
        <source>Not connected to a class hub</source>
        <translation>No conectado a un servidor de clase</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Última sincronización %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <source>everything sent</source>
        <translation>todo enviado</translation>
    </message>
    <message>
        <source>A teacher must enrol this computer again</source>
        <translation>Un docente debe volver a inscribir este ordenador</translation>
    </message>
    <message>
        <source>The class hub's certificate changed; enrol this computer again</source>
        <translation>El certificado del servidor de la clase cambió; vuelva a inscribir este ordenador</translation>
    </message>
    <message>
        <source>The class hub could not be reached; Sabil will try again</source>
        <translation>No se pudo contactar con el servidor de la clase; Sabil lo intentará de nuevo</translation>
    </message>
    <message>
        <source>The last sync did not complete; Sabil will try again</source>
        <translation>La última sincronización no terminó; Sabil lo intentará de nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) waiting</source>
        <translation><numerusform>%n respuesta pendiente</numerusform><numerusform>%n respuestas pendientes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n day(s) behind</source>
        <translation><numerusform>El reloj de este ordenador lleva %n día de retraso</numerusform><numerusform>El reloj de este ordenador lleva %n días de retraso</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n day(s) ahead</source>
        <translation><numerusform>El reloj de este ordenador lleva %n día de adelanto</numerusform><numerusform>El reloj de este ordenador lleva %n días de adelanto</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n hour(s) behind</source>
        <translation><numerusform>El reloj de este ordenador lleva %n hora de retraso</numerusform><numerusform>El reloj de este ordenador lleva %n horas de retraso</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n hour(s) ahead</source>
        <translation><numerusform>El reloj de este ordenador lleva %n hora de adelanto</numerusform><numerusform>El reloj de este ordenador lleva %n horas de adelanto</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n minute(s) behind</source>
        <translation><numerusform>El reloj de este ordenador lleva %n minuto de retraso</numerusform><numerusform>El reloj de este ordenador lleva %n minutos de retraso</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n minute(s) ahead</source>
        <translation><numerusform>El reloj de este ordenador lleva %n minuto de adelanto</numerusform><numerusform>El reloj de este ordenador lleva %n minutos de adelanto</numerusform></translation>
    </message>
</context>
<context>
    <name>AdultMessages</name>
    <message>
        <source>Please type a name.</source>
        <translation>Escriba un nombre, por favor.</translation>
    </message>
    <message>
        <source>That name is too long. Please use a shorter one.</source>
        <translation>Ese nombre es demasiado largo. Use uno más corto, por favor.</translation>
    </message>
    <message>
        <source>There is already a class with that name.</source>
        <translation>Ya existe una clase con ese nombre.</translation>
    </message>
    <message>
        <source>This class already has a group with that name.</source>
        <translation>Esta clase ya tiene un grupo con ese nombre.</translation>
    </message>
    <message>
        <source>Only learners of the group's class can join the group.</source>
        <translation>Solo los estudiantes de la clase del grupo pueden unirse a él.</translation>
    </message>
    <message>
        <source>This learner no longer exists.</source>
        <translation>Este estudiante ya no existe.</translation>
    </message>
    <message>
        <source>This class no longer exists.</source>
        <translation>Esta clase ya no existe.</translation>
    </message>
    <message>
        <source>This group no longer exists.</source>
        <translation>Este grupo ya no existe.</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>Este plan ya no existe.</translation>
    </message>
    <message>
        <source>That content pack is not installed on this computer.</source>
        <translation>Ese paquete de contenido no está instalado en este ordenador.</translation>
    </message>
    <message>
        <source>That skill is not in the pack any more.</source>
        <translation>Esa habilidad ya no está en el paquete.</translation>
    </message>
    <message>
        <source>Choose at least one skill, or the whole pack.</source>
        <translation>Elija al menos una habilidad, o el paquete completo.</translation>
    </message>
    <message>
        <source>The goal is too long. Please use at most 500 characters.</source>
        <translation>El objetivo es demasiado largo. Use como máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>Choose the subject the skill belongs to.</source>
        <translation>Elija la materia a la que pertenece la habilidad.</translation>
    </message>
    <message>
        <source>Some rows have problems, so nobody was imported. Fix them in the file and choose it again.</source>
        <translation>Algunas filas tienen problemas, así que no se importó a nadie. Corríjalas en el archivo y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>The classes changed while importing. Please try again.</source>
        <translation>Las clases cambiaron durante la importación. Inténtelo otra vez.</translation>
    </message>
    <message>
        <source>The export file name must end in .json or .zip.</source>
        <translation>El nombre del archivo de exportación debe terminar en .json o .zip.</translation>
    </message>
    <message>
        <source>This answer already has a rating.</source>
        <translation>Esta respuesta ya tiene una valoración.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo salió mal. Inténtelo otra vez.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Falta el nombre.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>El nombre es demasiado largo.</translation>
    </message>
    <message>
        <source>The class is missing.</source>
        <translation>Falta la clase.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>La clave debe tener de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>This learner is listed twice in this class.</source>
        <translation>Este estudiante aparece dos veces en esta clase.</translation>
    </message>
    <message>
        <source>Too many columns: a row has a name, a class and an optional PIN.</source>
        <translation>Demasiadas columnas: una fila tiene un nombre, una clase y una clave opcional.</translation>
    </message>
    <message>
        <source>The file is too large for a roster.</source>
        <translation>El archivo es demasiado grande para una lista de clase.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. In the spreadsheet, save it as "CSV UTF-8".</source>
        <translation>El archivo no es texto UTF-8. En la hoja de cálculo, guárdelo como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file has no learners in it.</source>
        <translation>El archivo no contiene ningún estudiante.</translation>
    </message>
    <message>
        <source>A roster can have at most 2000 learners.</source>
        <translation>Una lista de clase puede tener como máximo 2000 estudiantes.</translation>
    </message>
    <message>
        <source>This row cannot be read.</source>
        <translation>No se puede leer esta fila.</translation>
    </message>
</context>
<context>
    <name>ReportStates</name>
    <message>
        <source>Mastered</source>
        <translation>Dominada</translation>
    </message>
    <message>
        <source>Being forgotten</source>
        <translation>Olvidándose</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Struggling</source>
        <translation>Con dificultades</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
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
        <translation>nunca</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>hace %n día</numerusform><numerusform>hace %n días</numerusform></translation>
    </message>
    <message>
        <source>Content pack: %1</source>
        <translation>Paquete de contenido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation><numerusform>%n estudiante</numerusform><numerusform>%n estudiantes</numerusform></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Creado el %1</translation>
    </message>
</context>
<context>
    <name>ClassHeatmap</name>
    <message>
        <source>estimate %1</source>
        <translation>estimación %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>%n respuesta</numerusform><numerusform>%n respuestas</numerusform></translation>
    </message>
    <message>
        <source>last practised %1</source>
        <translation>última práctica: %1</translation>
    </message>
    <message>
        <source>recall now %1</source>
        <translation>recuerdo actual %1</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Resumen de la clase</translation>
    </message>
    <message>
        <source>Learners A to Z</source>
        <translation>Estudiantes de la A a la Z</translation>
    </message>
    <message>
        <source>Learners: most struggling first</source>
        <translation>Estudiantes: primero quienes tienen más dificultades</translation>
    </message>
    <message>
        <source>Learners: most forgetting first</source>
        <translation>Estudiantes: primero quienes más olvidan</translation>
    </message>
    <message>
        <source>Learners: fewest mastered first</source>
        <translation>Estudiantes: primero quienes dominan menos</translation>
    </message>
    <message>
        <source>Learners: most mastered first</source>
        <translation>Estudiantes: primero quienes dominan más</translation>
    </message>
    <message>
        <source>Skills in teaching order</source>
        <translation>Habilidades en orden de enseñanza</translation>
    </message>
    <message>
        <source>Skills: most struggling first</source>
        <translation>Habilidades: primero las de más dificultades</translation>
    </message>
    <message>
        <source>Skills: most forgetting first</source>
        <translation>Habilidades: primero las más olvidadas</translation>
    </message>
    <message>
        <source>Skills: fewest mastered first</source>
        <translation>Habilidades: primero las menos dominadas</translation>
    </message>
    <message>
        <source>Skills: fewest started first</source>
        <translation>Habilidades: primero las menos empezadas</translation>
    </message>
    <message>
        <source>Order of the learners</source>
        <translation>Orden de los estudiantes</translation>
    </message>
    <message>
        <source>Order of the skills</source>
        <translation>Orden de las habilidades</translation>
    </message>
    <message>
        <source>Mastery of each skill by each learner</source>
        <translation>Dominio de cada habilidad por cada estudiante</translation>
    </message>
    <message>
        <source>There are no learners in this list yet.</source>
        <translation>Todavía no hay estudiantes en esta lista.</translation>
    </message>
    <message>
        <source>Click a square to see the numbers; double-click a name to open that learner's report.</source>
        <translation>Haga clic en una casilla para ver los números; doble clic en un nombre para abrir su informe.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Skills by state</source>
        <translation>Habilidades por estado</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>repaso pendiente</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>No answers yet.</source>
        <translation>Todavía no hay respuestas.</translation>
    </message>
    <message>
        <source>answers a week (dark: right)</source>
        <translation>respuestas por semana (oscuro: correctas)</translation>
    </message>
    <message>
        <source>skills mastered</source>
        <translation>habilidades dominadas</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n semana</numerusform><numerusform>%n semanas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>%n respuesta</numerusform><numerusform>%n respuestas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) mastered by the end</source>
        <translation><numerusform>%n habilidad dominada al final</numerusform><numerusform>%n habilidades dominadas al final</numerusform></translation>
    </message>
</context>
<context>
    <name>DifficultItemsView</name>
    <message>
        <source>Difficult items</source>
        <translation>Preguntas difíciles</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Aciertos</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Respuesta correcta</translation>
    </message>
    <message>
        <source>Wrong answers given most</source>
        <translation>Respuestas incorrectas más frecuentes</translation>
    </message>
    <message>
        <source>Items the class finds hardest, with the wrong answers most often given</source>
        <translation>Las preguntas más difíciles para la clase, con las respuestas incorrectas más frecuentes</translation>
    </message>
    <message>
        <source>Answered right least often. The same wrong answer from many learners points at a misconception.</source>
        <translation>Las que menos se aciertan. La misma respuesta incorrecta en muchos estudiantes indica un concepto erróneo.</translation>
    </message>
    <message>
        <source>(numbers vary)</source>
        <translation>(los números varían)</translation>
    </message>
    <message>
        <source>%1 of %2 (skill: %3)</source>
        <translation>%1 de %2 (habilidad: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n learner(s))</source>
        <translation><numerusform>%1 (%n estudiante)</numerusform><numerusform>%1 (%n estudiantes)</numerusform></translation>
    </message>
    <message>
        <source>Not enough answers yet to tell which items are hard.</source>
        <translation>Aún no hay suficientes respuestas para saber qué preguntas son difíciles.</translation>
    </message>
</context>
<context>
    <name>HelpNeededView</name>
    <message>
        <source>Help needed</source>
        <translation>Necesitan ayuda</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Stuck on</source>
        <translation>Atascado en</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Learners stuck on a skill, with the items they missed</source>
        <translation>Estudiantes atascados en una habilidad, con las preguntas que fallaron</translation>
    </message>
    <message>
        <source>%1 of the last %2 wrong</source>
        <translation>%1 incorrectas de las últimas %2</translation>
    </message>
    <message>
        <source>hints on every item</source>
        <translation>pistas en cada pregunta</translation>
    </message>
    <message numerus="yes">
        <source>still at %1 after %n answer(s)</source>
        <translation><numerusform>sigue en %1 tras %n respuesta</numerusform><numerusform>sigue en %1 tras %n respuestas</numerusform></translation>
    </message>
    <message>
        <source>recall %1</source>
        <translation>recuerdo %1</translation>
    </message>
    <message>
        <source>estimate %1</source>
        <translation>estimación %1</translation>
    </message>
    <message>
        <source>Check first: %1 (%2, %3)</source>
        <translation>Revisar primero: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 — answered %2, right answer %3</source>
        <translation>%1 — respondió %2, respuesta correcta %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n hint(s))</source>
        <translation><numerusform>(%n pista)</numerusform><numerusform>(%n pistas)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) need help now.</source>
        <translation><numerusform>%n estudiante necesita ayuda ahora.</numerusform><numerusform>%n estudiantes necesitan ayuda ahora.</numerusform></translation>
    </message>
    <message>
        <source>Double-click a name to see that learner's report.</source>
        <translation>Haga doble clic en un nombre para ver el informe de ese estudiante.</translation>
    </message>
    <message>
        <source>Nobody is stuck right now.</source>
        <translation>Nadie está atascado ahora mismo.</translation>
    </message>
    <message>
        <source>Check first</source>
        <translation>Revisar primero</translation>
    </message>
    <message>
        <source>Items missed</source>
        <translation>Preguntas falladas</translation>
    </message>
</context>
<context>
    <name>LearnerReport</name>
    <message>
        <source>One learner</source>
        <translation>Un estudiante</translation>
    </message>
    <message>
        <source>Learner shown</source>
        <translation>Estudiante mostrado</translation>
    </message>
    <message>
        <source>Being forgotten</source>
        <translation>Olvidándose</translation>
    </message>
    <message>
        <source>What blocks the next skills</source>
        <translation>Qué bloquea las siguientes habilidades</translation>
    </message>
    <message>
        <source>Skills this learner is forgetting</source>
        <translation>Habilidades que este estudiante está olvidando</translation>
    </message>
    <message>
        <source>Skills this learner could learn next and what stands in the way</source>
        <translation>Habilidades que este estudiante podría aprender después y qué se lo impide</translation>
    </message>
    <message>
        <source>There are no learners in this list yet.</source>
        <translation>Todavía no hay estudiantes en esta lista.</translation>
    </message>
    <message>
        <source>Nothing is being forgotten.</source>
        <translation>No se está olvidando nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>%n respuesta</numerusform><numerusform>%n respuestas</numerusform></translation>
    </message>
    <message>
        <source>%1 right</source>
        <translation>%1 de aciertos</translation>
    </message>
    <message>
        <source>time on task %1</source>
        <translation>tiempo de trabajo %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n sesión</numerusform><numerusform>%n sesiones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation><numerusform>en %n día</numerusform><numerusform>en %n días</numerusform></translation>
    </message>
    <message>
        <source>last active %1</source>
        <translation>última actividad: %1</translation>
    </message>
    <message>
        <source>%1: recall %2, last practised %3</source>
        <translation>%1: recuerdo %2, última práctica %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>hace %n día</numerusform><numerusform>hace %n días</numerusform></translation>
    </message>
    <message>
        <source>%1: will need a review soon (recall %2)</source>
        <translation>%1: necesitará un repaso pronto (recuerdo %2)</translation>
    </message>
    <message>
        <source>%1 needs: %2</source>
        <translation>%1 necesita: %2</translation>
    </message>
    <message>
        <source>Ready to learn: %1</source>
        <translation>Listo para aprender: %1</translation>
    </message>
    <message>
        <source>Nothing is blocked.</source>
        <translation>No hay nada bloqueado.</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Semana a semana</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Time on task</source>
        <translation>Tiempo de trabajo</translation>
    </message>
    <message>
        <source>Skills mastered</source>
        <translation>Habilidades dominadas</translation>
    </message>
    <message>
        <source>recall %1</source>
        <translation>recuerdo %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Learners shown: everyone, a class or a group</source>
        <translation>Estudiantes mostrados: todos, una clase o un grupo</translation>
    </message>
    <message>
        <source>Content pack the reports are about</source>
        <translation>Paquete de contenido de los informes</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Todos los estudiantes</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <source>Save this report as a CSV file for a spreadsheet</source>
        <translation>Guardar este informe como archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save this report as a PDF file to print</source>
        <translation>Guardar este informe como archivo PDF para imprimir</translation>
    </message>
    <message>
        <source>No content pack is installed yet, so there is nothing to report.</source>
        <translation>Todavía no hay ningún paquete de contenido instalado, así que no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>A learner in this list was removed. Choose the list again.</source>
        <translation>Se eliminó a un estudiante de esta lista. Vuelva a elegir la lista.</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>No se pudo crear el informe: %1</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Guardar el informe como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>New class name</source>
        <translation>Nombre de la nueva clase</translation>
    </message>
    <message>
        <source>Name of the new class</source>
        <translation>Nombre de la nueva clase</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Añadir clase</translation>
    </message>
    <message>
        <source>Import class list…</source>
        <translation>Importar lista de clase…</translation>
    </message>
    <message>
        <source>Import a class list from a CSV file</source>
        <translation>Importar una lista de clase desde un archivo CSV</translation>
    </message>
    <message>
        <source>Remove class</source>
        <translation>Quitar la clase</translation>
    </message>
    <message>
        <source>Remove the class (its learners and their progress stay)</source>
        <translation>Quitar la clase (sus estudiantes y su progreso se conservan)</translation>
    </message>
    <message>
        <source>Learners in the class</source>
        <translation>Estudiantes de la clase</translation>
    </message>
    <message>
        <source>Learner to add to the class</source>
        <translation>Estudiante que se añadirá a la clase</translation>
    </message>
    <message>
        <source>Add to class</source>
        <translation>Añadir a la clase</translation>
    </message>
    <message>
        <source>Take out of class</source>
        <translation>Sacar de la clase</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Groups of the class</source>
        <translation>Grupos de la clase</translation>
    </message>
    <message>
        <source>New group name</source>
        <translation>Nombre del nuevo grupo</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>Nombre del nuevo grupo</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Añadir grupo</translation>
    </message>
    <message>
        <source>Tick the learners in this group</source>
        <translation>Marque los estudiantes de este grupo</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Quitar el grupo</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Learners in %1</source>
        <translation>Estudiantes de %1</translation>
    </message>
    <message>
        <source>Add a group to split the class, e.g. for a lesson at a different level.</source>
        <translation>Añada un grupo para dividir la clase, p. ej. para una lección de otro nivel.</translation>
    </message>
    <message>
        <source>Who is in %1:</source>
        <translation>Quién está en %1:</translation>
    </message>
    <message>
        <source>Remove the class %1 and its groups? Its learners and their progress stay.</source>
        <translation>¿Quitar la clase %1 y sus grupos? Sus estudiantes y su progreso se conservan.</translation>
    </message>
    <message>
        <source>Remove the group %1? Its learners stay in the class.</source>
        <translation>¿Quitar el grupo %1? Sus estudiantes siguen en la clase.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Give the class a new name</source>
        <translation>Dar un nombre nuevo a la clase</translation>
    </message>
    <message>
        <source>Give the group a new name</source>
        <translation>Dar un nombre nuevo al grupo</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>Renombrar la clase</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Renombrar el grupo</translation>
    </message>
    <message>
        <source>New name for the class %1:</source>
        <translation>Nuevo nombre de la clase %1:</translation>
    </message>
    <message>
        <source>New name for the group %1:</source>
        <translation>Nuevo nombre del grupo %1:</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a class list</source>
        <translation>Importar una lista de clase</translation>
    </message>
    <message>
        <source>Choose a CSV file with one learner per row: name, class and an optional PIN. Save it from a spreadsheet as "CSV UTF-8". You will see every row before anything is imported.</source>
        <translation>Elija un archivo CSV con un estudiante por fila: nombre, clase y una clave opcional. Guárdelo desde una hoja de cálculo como «CSV UTF-8». Verá cada fila antes de que se importe nada.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose the class list file</source>
        <translation>Elegir el archivo de la lista de clase</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasará</translation>
    </message>
    <message>
        <source>Preview of the class list</source>
        <translation>Vista previa de la lista de clase</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose the class list</source>
        <translation>Elegir la lista de clase</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.txt);;All files (*)</source>
        <translation>Listas de clase (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Already in this class: skipped</source>
        <translation>Ya está en esta clase: se omite</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nuevo estudiante</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (marked ⚠). Nothing will be imported until they are fixed in the file.</source>
        <translation><numerusform>%n fila tiene problemas (marcada con ⚠). No se importará nada hasta que se corrija en el archivo.</numerusform><numerusform>%n filas tienen problemas (marcadas con ⚠). No se importará nada hasta que se corrijan en el archivo.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new learner(s) will be added.</source>
        <translation><numerusform>Se añadirá %n estudiante nuevo.</numerusform><numerusform>Se añadirán %n estudiantes nuevos.</numerusform></translation>
    </message>
    <message>
        <source>New classes: %1</source>
        <translation>Clases nuevas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) are already in their class and will be skipped.</source>
        <translation><numerusform>%n estudiante ya está en su clase y se omitirá.</numerusform><numerusform>%n estudiantes ya están en su clase y se omitirán.</numerusform></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) imported.</source>
        <translation><numerusform>%n estudiante importado.</numerusform><numerusform>%n estudiantes importados.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already there, skipped.</source>
        <translation><numerusform>%n ya estaba, omitido.</numerusform><numerusform>%n ya estaban, omitidos.</numerusform></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Learning plans</source>
        <translation>Planes de aprendizaje</translation>
    </message>
    <message>
        <source>Progress of each learner on the plan</source>
        <translation>Progreso de cada estudiante en el plan</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>Quitar el plan</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Learner's goal</source>
        <translation>Objetivo del estudiante</translation>
    </message>
    <message>
        <source>e.g. Fractions before the test</source>
        <translation>p. ej. Fracciones antes del examen</translation>
    </message>
    <message>
        <source>Name of the plan</source>
        <translation>Nombre del plan</translation>
    </message>
    <message>
        <source>A learner</source>
        <translation>Un estudiante</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Un grupo</translation>
    </message>
    <message>
        <source>A class</source>
        <translation>Una clase</translation>
    </message>
    <message>
        <source>Who the plan is for</source>
        <translation>Para quién es el plan</translation>
    </message>
    <message>
        <source>Learner, group or class</source>
        <translation>Estudiante, grupo o clase</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Paquete de contenido</translation>
    </message>
    <message>
        <source>Chosen skills</source>
        <translation>Habilidades elegidas</translation>
    </message>
    <message>
        <source>A section: the skill and all it needs</source>
        <translation>Una sección: la habilidad y todo lo que requiere</translation>
    </message>
    <message>
        <source>The whole pack</source>
        <translation>El paquete completo</translation>
    </message>
    <message>
        <source>What the plan covers</source>
        <translation>Qué abarca el plan</translation>
    </message>
    <message>
        <source>Tick the skills of the plan</source>
        <translation>Marque las habilidades del plan</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Para el</translation>
    </message>
    <message>
        <source>e.g. I want to master fractions by June</source>
        <translation>p. ej. Quiero dominar las fracciones antes de junio</translation>
    </message>
    <message>
        <source>The goal, written with the learner</source>
        <translation>El objetivo, escrito con el estudiante</translation>
    </message>
    <message>
        <source>Assign plan</source>
        <translation>Asignar el plan</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>para el %1</translation>
    </message>
    <message>
        <source>No plans yet. Make one on the right.</source>
        <translation>Todavía no hay planes. Cree uno a la derecha.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>How each learner is doing:</source>
        <translation>Cómo va cada estudiante:</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>nothing to practise for it</source>
        <translation>nada que practicar por ahora</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>en buen camino</translation>
    </message>
    <message>
        <source>%1: %2 of %3 skills · %4</source>
        <translation>%1: %2 de %3 habilidades · %4</translation>
    </message>
    <message>
        <source>Next: %1 (needed first)</source>
        <translation>A continuación: %1 (requisito previo)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Install a content pack first.</source>
        <translation>Instale primero un paquete de contenido.</translation>
    </message>
    <message>
        <source>Choose who the plan is for.</source>
        <translation>Elija para quién es el plan.</translation>
    </message>
    <message>
        <source>Plan assigned to %1.</source>
        <translation>Plan asignado a %1.</translation>
    </message>
    <message>
        <source>Remove the plan “%1”? What the learners learned stays.</source>
        <translation>¿Quitar el plan «%1»? Lo que aprendieron los estudiantes se conserva.</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Cambiar el plan</translation>
    </message>
    <message>
        <source>Change the plan's name, due date or goal</source>
        <translation>Cambiar el nombre, la fecha límite o el objetivo del plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Change plan: %1</source>
        <translation>Cambiar el plan: %1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Cambios en «%1» guardados.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Learners on this computer</source>
        <translation>Estudiantes en este ordenador</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>Exportar todo…</translation>
    </message>
    <message>
        <source>Export everything about this learner to a folder</source>
        <translation>Exportar todo lo relativo a este estudiante a una carpeta</translation>
    </message>
    <message>
        <source>Delete learner…</source>
        <translation>Borrar estudiante…</translation>
    </message>
    <message>
        <source>Delete this learner</source>
        <translation>Borrar este estudiante</translation>
    </message>
    <message>
        <source>What leaves this computer</source>
        <translation>Qué sale de este ordenador</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Elija dónde guardar la exportación</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Saved in %1:
%2
The .json file holds everything; the .zip holds the same as spreadsheet tables.</source>
        <translation>Guardado en %1:
%2
El archivo .json lo contiene todo; el .zip contiene lo mismo en tablas para hoja de cálculo.</translation>
    </message>
    <message>
        <source>Delete %1? Their profile, goals and own plans are removed from this computer, and from every device this one syncs with. This cannot be undone: export first if the family wants a copy.</source>
        <translation>¿Borrar a %1? Su perfil, sus objetivos y sus planes propios se eliminan de este ordenador y de todos los dispositivos con los que se sincroniza. No se puede deshacer: exporte primero si la familia quiere una copia.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Borrar a %1</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Se borró a %1.</translation>
    </message>
    <message>
        <source>Nothing. This computer is not connected to a class hub, so everything stays here.</source>
        <translation>Nada. Este ordenador no está conectado a un servidor de clase, así que todo se queda aquí.</translation>
    </message>
    <message>
        <source>learner names and settings (never PINs)</source>
        <translation>los nombres y ajustes de los estudiantes (nunca las claves)</translation>
    </message>
    <message>
        <source>their answers</source>
        <translation>sus respuestas</translation>
    </message>
    <message>
        <source>learning plans</source>
        <translation>los planes de aprendizaje</translation>
    </message>
    <message>
        <source>learners' goals</source>
        <translation>los objetivos de los estudiantes</translation>
    </message>
    <message>
        <source>how sure learners felt</source>
        <translation>lo seguros que se sentían los estudiantes</translation>
    </message>
    <message>
        <source>This computer sends %1 to %2 (%3).</source>
        <translation>Este ordenador envía %1 a %2 (%3).</translation>
    </message>
    <message>
        <source>Class on the hub: %1</source>
        <translation>Clase en el servidor: %1</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Último envío: %1</translation>
    </message>
    <message>
        <source>Learners sent so far: %1</source>
        <translation>Estudiantes enviados hasta ahora: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>The export could not be written there. Is the drive full or read-only?</source>
        <translation>No se pudo escribir la exportación allí. ¿La unidad está llena o es de solo lectura?</translation>
    </message>
    <message>
        <source>classes and groups</source>
        <translation>sus clases y grupos</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Children on this computer</source>
        <translation>Niños en este ordenador</translation>
    </message>
    <message>
        <source>Earlier week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>Mostrar la semana anterior</translation>
    </message>
    <message>
        <source>Later week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>Mostrar la semana siguiente</translation>
    </message>
    <message>
        <source>Each bar is one day: its height is the questions answered, the green part the right answers.</source>
        <translation>Cada barra es un día: su altura son las preguntas respondidas; la parte verde, las respuestas correctas.</translation>
    </message>
    <message>
        <source>This child's week could not be shown. Please try again.</source>
        <translation>No se pudo mostrar la semana de este niño. Inténtelo otra vez.</translation>
    </message>
    <message>
        <source>Nobody is learning on this computer yet.</source>
        <translation>Todavía nadie aprende en este ordenador.</translation>
    </message>
    <message>
        <source>%1's week</source>
        <translation>La semana de %1</translation>
    </message>
</context>
<context>
    <name>WeekWords</name>
    <message>
        <source>%1: %2 answered, %3 right</source>
        <translation>%1: %2 respondidas, %3 correctas</translation>
    </message>
    <message>
        <source>%1 has not practised in this week. Earlier weeks are one button away.</source>
        <translation>%1 no practicó esa semana. Las semanas anteriores están a un clic.</translation>
    </message>
    <message numerus="yes">
        <source>%1 practised on %n day(s).</source>
        <translation><numerusform>%1 practicó %n día.</numerusform><numerusform>%1 practicó %n días.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) of practice in all.</source>
        <translation><numerusform>Alrededor de %n minuto de práctica en total.</numerusform><numerusform>Alrededor de %n minutos de práctica en total.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered, %1 of them right.</source>
        <translation><numerusform>%n pregunta respondida; respuestas correctas: %1.</numerusform><numerusform>%n preguntas respondidas; respuestas correctas: %1.</numerusform></translation>
    </message>
    <message>
        <source>New skills mastered: %1.</source>
        <translation>Habilidades nuevas dominadas: %1.</translation>
    </message>
    <message>
        <source>No new skill mastered in this week.</source>
        <translation>Ninguna habilidad nueva dominada esa semana.</translation>
    </message>
    <message>
        <source>Also worked on: %1.</source>
        <translation>También trabajó en: %1.</translation>
    </message>
    <message>
        <source>%1 reached a goal: “%2”.</source>
        <translation>%1 alcanzó un objetivo: «%2».</translation>
    </message>
    <message>
        <source>%1's goal: “%2” (%3 of %4 skills mastered).</source>
        <translation>Objetivo de %1: «%2» (%3 de %4 habilidades dominadas).</translation>
    </message>
    <message>
        <source>%1's goal: “%2”.</source>
        <translation>Objetivo de %1: «%2».</translation>
    </message>
    <message>
        <source>You have not practised yet this week. Press Continue to start!</source>
        <translation>Todavía no has practicado esta semana. ¡Presiona “Continuar” para empezar!</translation>
    </message>
    <message numerus="yes">
        <source>You answered %n question(s) this week.</source>
        <translation><numerusform>Esta semana respondiste %n pregunta.</numerusform><numerusform>Esta semana respondiste %n preguntas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 y %n más</numerusform><numerusform>%1 y %n más</numerusform></translation>
    </message>
    <message>
        <source>You learned: %1!</source>
        <translation>¡Aprendiste: %1!</translation>
    </message>
    <message>
        <source>You worked on: %1.</source>
        <translation>Trabajaste en: %1.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>New goal</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>Set a goal</source>
        <translation>Ponerme un objetivo</translation>
    </message>
    <message>
        <source>Set yourself a new goal</source>
        <translation>Ponte un nuevo objetivo</translation>
    </message>
    <message>
        <source>I did it!</source>
        <translation>¡Lo logré!</translation>
    </message>
    <message>
        <source>I reached my goal</source>
        <translation>Alcancé mi objetivo</translation>
    </message>
    <message>
        <source>My goal, e.g. I want to add big numbers</source>
        <translation>Mi objetivo, p. ej. quiero sumar números grandes</translation>
    </message>
    <message>
        <source>Your goal, in your own words</source>
        <translation>Tu objetivo, con tus palabras</translation>
    </message>
    <message>
        <source>The skill that shows you reached it</source>
        <translation>La habilidad que muestra que lo alcanzaste</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>I will tick it off myself</source>
        <translation>Lo marcaré yo mismo</translation>
    </message>
    <message>
        <source>When I master: %1</source>
        <translation>Cuando domine: %1</translation>
    </message>
    <message>
        <source>My goal: none yet. What do you want to learn?</source>
        <translation>Mi objetivo: todavía ninguno. ¿Qué quieres aprender?</translation>
    </message>
    <message>
        <source>Goal reached: %1. Well done!</source>
        <translation>Objetivo alcanzado: %1. ¡Muy bien!</translation>
    </message>
    <message>
        <source>My goal: %1</source>
        <translation>Mi objetivo: %1</translation>
    </message>
    <message>
        <source>%1 of %2 skills</source>
        <translation>%1 de %2 habilidades</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Esta semana: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change your goal</source>
        <translation>Cambia tu objetivo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Para el</translation>
    </message>
    <message>
        <source>I want to reach it by a date</source>
        <translation>Quiero alcanzarlo antes de una fecha</translation>
    </message>
    <message>
        <source>The date you want to reach your goal by</source>
        <translation>La fecha para la que quieres alcanzar tu objetivo</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Quitar el objetivo</translation>
    </message>
    <message>
        <source>Remove this goal</source>
        <translation>Quitar este objetivo</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Lo mantengo</translation>
    </message>
    <message>
        <source>Yes, remove it</source>
        <translation>Sí, quitarlo</translation>
    </message>
    <message>
        <source>My goal: %1 (by %2)</source>
        <translation>Mi objetivo: %1 (para el %2)</translation>
    </message>
    <message>
        <source>Remove your goal “%1”? You can set a new one any time.</source>
        <translation>¿Quitar tu objetivo «%1»? Puedes ponerte uno nuevo cuando quieras.</translation>
    </message>
</context>
<context>
    <name>ConfidenceRow</name>
    <message>
        <source>How sure were you?</source>
        <translation>¿Estabas seguro de tu respuesta?</translation>
    </message>
    <message>
        <source>I guessed</source>
        <translation>Adiviné</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No muy seguro</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>How sure were you? %1</source>
        <translation>¿Estabas seguro de tu respuesta? %1</translation>
    </message>
    <message>
        <source>Thanks!</source>
        <translation>¡Gracias!</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Type the school's name and the class's name first.</source>
        <translation>Escriba primero el nombre de la escuela y el de la clase.</translation>
    </message>
    <message>
        <source>Starting the class hub…</source>
        <translation>Iniciando el servidor de la clase…</translation>
    </message>
    <message>
        <source>Stopping the class hub…</source>
        <translation>Deteniendo el servidor de la clase…</translation>
    </message>
    <message>
        <source>Class hub address: %1</source>
        <translation>Dirección del servidor de la clase: %1</translation>
    </message>
    <message>
        <source>Enrolment code: %1</source>
        <translation>Código de inscripción: %1</translation>
    </message>
    <message>
        <source>QR code of the address and the enrolment code</source>
        <translation>Código QR de la dirección y del código de inscripción</translation>
    </message>
    <message>
        <source>For %1 · %2. Valid for %3 days and %4 computers.</source>
        <translation>Para %1 · %2. Válido durante %3 días y para %4 ordenadores.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner computer(s) enrolled.</source>
        <translation><numerusform>%n ordenador de estudiante inscrito.</numerusform><numerusform>%n ordenadores de estudiantes inscritos.</numerusform></translation>
    </message>
    <message>
        <source>The class hub is running. Press New code to show an enrolment code.</source>
        <translation>El servidor de la clase está en marcha. Pulse «Código nuevo» para mostrar un código de inscripción.</translation>
    </message>
    <message>
        <source>Learner computers send their answers here, so your reports cover the whole class.</source>
        <translation>Los ordenadores de los estudiantes envían aquí sus respuestas, así que sus informes abarcan toda la clase.</translation>
    </message>
    <message>
        <source>Another program is using the class hub's port. Close it (or another Sabil) and try again.</source>
        <translation>Otro programa está usando el puerto del servidor de la clase. Ciérrelo (o el otro Sabil) e inténtelo otra vez.</translation>
    </message>
    <message>
        <source>Please use names of at most 100 characters.</source>
        <translation>Use nombres de 100 caracteres como máximo, por favor.</translation>
    </message>
    <message>
        <source>The class hub could not start. Try again, or restart the computer.</source>
        <translation>No se pudo iniciar el servidor de la clase. Inténtelo otra vez o reinicie el ordenador.</translation>
    </message>
    <message>
        <source>Looking for class hubs…</source>
        <translation>Buscando servidores de clase…</translation>
    </message>
    <message>
        <source>Class hubs on this network:</source>
        <translation>Servidores de clase en esta red:</translation>
    </message>
    <message>
        <source>Class hubs on this network (choose one):</source>
        <translation>Servidores de clase en esta red (elija uno):</translation>
    </message>
    <message>
        <source>No class hub found on this network. Type its address.</source>
        <translation>No se encontró ningún servidor de clase en esta red. Escriba su dirección.</translation>
    </message>
    <message>
        <source>Type the class hub's address and the enrolment code your teacher shows.</source>
        <translation>Escriba la dirección del servidor de la clase y el código de inscripción que muestra el docente.</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Uniéndose…</translation>
    </message>
    <message>
        <source>This computer now syncs with %1 · %2.</source>
        <translation>Este ordenador ahora se sincroniza con %1 · %2.</translation>
    </message>
    <message>
        <source>This code is not known, has expired or is used up. Ask your teacher for a new one.</source>
        <translation>Este código no se conoce, ha caducado o ya se agotó. Pida uno nuevo al docente.</translation>
    </message>
    <message>
        <source>The class hub could not be reached. Check the address and that the hub is running.</source>
        <translation>No se pudo contactar con el servidor de la clase. Compruebe la dirección y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>This is not the class hub of that code. Check the address and the whole code.</source>
        <translation>Este no es el servidor de clase de ese código. Compruebe la dirección y el código completo.</translation>
    </message>
    <message>
        <source>This computer belongs to another school's hub. A teacher must remove it there first.</source>
        <translation>Este ordenador pertenece al servidor de otra escuela. Un docente debe quitarlo de allí primero.</translation>
    </message>
    <message>
        <source>This computer was removed from that class hub.</source>
        <translation>Este ordenador se quitó de ese servidor de clase.</translation>
    </message>
    <message>
        <source>Joining did not work. Check the address and the code, and try again.</source>
        <translation>No se pudo unir. Compruebe la dirección y el código e inténtelo otra vez.</translation>
    </message>
    <message>
        <source>No USB stick found</source>
        <translation>No se encontró ninguna memoria USB</translation>
    </message>
    <message>
        <source>Choose where to save the answers</source>
        <translation>Elija dónde guardar las respuestas</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved to %1. Take the stick to the class hub and load it there.</source>
        <translation>Guardado en %1. Lleve la memoria al servidor de la clase y cárguela allí.</translation>
    </message>
    <message>
        <source>Choose the folder with the sync files</source>
        <translation>Elija la carpeta con los archivos de sincronización</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>There are no sync files for this computer on the stick.</source>
        <translation>No hay archivos de sincronización para este ordenador en la memoria.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n answer(s).</source>
        <translation><numerusform>Se cargó %n respuesta.</numerusform><numerusform>Se cargaron %n respuestas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reply file(s) for the learner computers were written to the stick.</source>
        <translation><numerusform>Se escribió en la memoria %n archivo de respuesta para los ordenadores de los estudiantes.</numerusform><numerusform>Se escribieron en la memoria %n archivos de respuesta para los ordenadores de los estudiantes.</numerusform></translation>
    </message>
    <message>
        <source>These files were refused and changed nothing: %1</source>
        <translation>Estos archivos se rechazaron y no cambiaron nada: %1</translation>
    </message>
    <message>
        <source>Join a class hub once first: the hub must know this computer.</source>
        <translation>Únase primero una vez a un servidor de clase: el servidor debe conocer este ordenador.</translation>
    </message>
    <message>
        <source>The file could not be written. Is the stick full or read-only?</source>
        <translation>No se pudo escribir el archivo. ¿La memoria está llena o es de solo lectura?</translation>
    </message>
    <message>
        <source>That did not work. Try again, or try another stick.</source>
        <translation>No funcionó. Inténtelo otra vez o pruebe con otra memoria.</translation>
    </message>
    <message>
        <source>Class hub on this computer</source>
        <translation>Servidor de clase local</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Start class hub</source>
        <translation>Iniciar el servidor de clase</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the class hub</source>
        <translation>Detener el servidor de clase</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Código nuevo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Código de inscripción</translation>
    </message>
    <message>
        <source>Join a class hub</source>
        <translation>Unirse a un servidor de clase</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Memoria USB</translation>
    </message>
    <message>
        <source>Save answers to a USB stick</source>
        <translation>Guardar en la memoria USB</translation>
    </message>
    <message>
        <source>Load from a USB stick</source>
        <translation>Cargar de la memoria USB</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
</context>
<context>
    <name>DistrictBox</name>
    <message>
        <source>District server</source>
        <translation>Servidor del distrito</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connect this class hub to the district server</source>
        <translation>Conectar este servidor de clase al servidor del distrito</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Send the school's answers to the district server now</source>
        <translation>Enviar ahora las respuestas de la escuela al servidor del distrito</translation>
    </message>
    <message>
        <source>Send this school's answers to the district server: type its address and the code the district gave you.</source>
        <translation>Envíe las respuestas de esta escuela al servidor del distrito: escriba su dirección y el código que le dio el distrito.</translation>
    </message>
    <message>
        <source>Type the district server's address and the code the district gave you.</source>
        <translation>Escriba la dirección del servidor del distrito y el código que le dio el distrito.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected to %1 at</source>
        <translation>Conectado a %1 en la dirección</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent to the district %1</source>
        <translation>Enviado al distrito %1</translation>
    </message>
    <message>
        <source>Not sent to the district yet</source>
        <translation>Aún no se ha enviado nada al distrito</translation>
    </message>
    <message>
        <source>everything sent</source>
        <translation>todo enviado</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) waiting</source>
        <translation><numerusform>%n respuesta pendiente</numerusform><numerusform>%n respuestas pendientes</numerusform></translation>
    </message>
    <message>
        <source>The district must give this hub a new code</source>
        <translation>El distrito debe dar un código nuevo a este servidor</translation>
    </message>
    <message>
        <source>The district server refused learners of another school</source>
        <translation>El servidor del distrito rechazó estudiantes de otra escuela</translation>
    </message>
    <message>
        <source>The district server could not be reached; Sabil will try again</source>
        <translation>No se pudo contactar con el servidor del distrito; Sabil lo intentará de nuevo</translation>
    </message>
    <message>
        <source>The last send did not complete; Sabil will try again</source>
        <translation>El último envío no terminó; Sabil lo intentará de nuevo</translation>
    </message>
    <message>
        <source>This code is not known, has expired or is used up. Ask the district for a new one.</source>
        <translation>Este código no se conoce, ha caducado o ya se agotó. Pida uno nuevo al distrito.</translation>
    </message>
    <message>
        <source>The district server could not be reached. Check the address.</source>
        <translation>No se pudo contactar con el servidor del distrito. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>This is not the district server of that code. Check the address and the whole code.</source>
        <translation>Este no es el servidor del distrito de ese código. Compruebe la dirección y el código completo.</translation>
    </message>
    <message>
        <source>This hub belongs to another school on that server.</source>
        <translation>Este servidor de clase pertenece a otra escuela en el servidor del distrito.</translation>
    </message>
    <message>
        <source>Connecting did not work. Check the address and the code, and try again.</source>
        <translation>No se pudo conectar. Compruebe la dirección y el código e inténtelo otra vez.</translation>
    </message>
</context>
<context>
    <name>TimeAgo</name>
    <message>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation><numerusform>hace %n minuto</numerusform><numerusform>hace %n minutos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation><numerusform>hace %n hora</numerusform><numerusform>hace %n horas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>hace %n día</numerusform><numerusform>hace %n días</numerusform></translation>
    </message>
</context>
</TS>
