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
        <translation>Paquetes de contenido</translation>
    </message>
    <message>
        <source>Please wait until the import has finished, or press Cancel.</source>
        <translation>Espere a que termine la importación o pulse Cancelar.</translation>
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
</TS>
