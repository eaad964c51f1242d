<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/ui/home_page.py" line="116" />
        <source>Hello, %1!</source>
        <translation>مرحبًا يا %1!</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="117" />
        <source>Switch learner</source>
        <translation>تغيير المتعلّم</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="118" />
        <source>Switch learner: back to the list of learners</source>
        <translation>تغيير المتعلّم: العودة إلى قائمة المتعلّمين</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="119" />
        <source>Continue</source>
        <translation>تابِع</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="120" />
        <source>Continue practising</source>
        <translation>تابِع التمرّن</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="121" />
        <source>Sabil picks what is best for you next.</source>
        <translation>يختار لك سبيل ما يناسبك بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="123" />
        <source>Or choose one of these:</source>
        <translation>أو اختر واحدًا من هذه:</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="124" />
        <source>Your skills</source>
        <translation>مهاراتك</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="125" />
        <source>Skill map</source>
        <translation>خريطة المهارات</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="159" />
        <source>There is nothing to practise yet. Ask an adult to add a content pack.</source>
        <translation>لا يوجد ما تتمرّن عليه بعد. اطلب من شخص بالغ إضافة حزمة محتوى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="208" />
        <source>Why this? %1</source>
        <translation>لماذا هذا؟ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="226" />
        <source>You have mastered every skill here. Well done!</source>
        <translation>لقد أتقنت كل المهارات هنا. أحسنت!</translation>
    </message>
    <message>
        <source>Learn:</source>
        <translation>تعلّم:</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="149" />
        <source>Edit learner</source>
        <translation>تعديل المتعلّم</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="149" />
        <source>New learner</source>
        <translation>متعلّم جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="150" />
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="151" />
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="152" />
        <source>&amp;PIN (optional)</source>
        <translation>&amp;الرمز السري (اختياري)</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="153" />
        <source>PIN &amp;again</source>
        <translation>الرمز السري &amp;مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="154" />
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="155" />
        <source>&amp;Text size</source>
        <translation>&amp;حجم الخط</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="156" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="157" />
        <source>PIN, 4 digits, optional</source>
        <translation>الرمز السري، 4 أرقام، اختياري</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="158" />
        <source>PIN again</source>
        <translation>الرمز السري مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="159" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="160" />
        <source>Text size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="161" />
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="161" />
        <source>Large</source>
        <translation>كبير</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="161" />
        <source>Extra large</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="165" />
        <source>Leave the PIN empty to keep the current one.</source>
        <translation>اترك الرمز السري فارغًا للإبقاء على الرمز الحالي.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="167" />
        <source>A PIN keeps brothers and sisters out of each other's work.</source>
        <translation>الرمز السري يحفظ عمل كل واحد من الإخوة والأخوات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="168" />
        <location filename="../../app/ui/learner_dialog.py" line="169" />
        <source>Remove the PIN</source>
        <translation>إزالة الرمز السري</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="170" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="171" />
        <source>Save learner</source>
        <translation>حفظ المتعلّم</translation>
    </message>
    <message>
        <location filename="../../app/ui/learner_dialog.py" line="172" />
        <location filename="../../app/ui/learner_dialog.py" line="173" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>LineInput</name>
    <message>
        <location filename="../../app/ui/answer_inputs.py" line="164" />
        <source>e.g. 3/4 or 0.75</source>
        <translation>مثلًا 3/4 أو 0.75</translation>
    </message>
    <message>
        <location filename="../../app/ui/answer_inputs.py" line="165" />
        <source>Your answer, a number</source>
        <translation>إجابتك، عدد</translation>
    </message>
    <message>
        <location filename="../../app/ui/answer_inputs.py" line="166" />
        <source>Type a number</source>
        <translation>اكتب عددًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/answer_inputs.py" line="168" />
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <location filename="../../app/ui/answer_inputs.py" line="169" />
        <source>Type your answer</source>
        <translation>اكتب إجابتك</translation>
    </message>
    <message>
        <source>e.g. 2x + 6 or 2(x + 3)</source>
        <translation>مثلًا 2x + 6 أو 2(x + 3)</translation>
    </message>
    <message>
        <source>Your answer, an expression</source>
        <translation>إجابتك، تعبير جبري</translation>
    </message>
    <message>
        <source>Type an expression</source>
        <translation>اكتب تعبيرًا جبريًا</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="85" />
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>Sabil</source>
        <translation>سبيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183" />
        <source>Sorry, something went wrong. Your answers so far are saved.

Please try again.</source>
        <translation>عذرًا، حدث خطأ ما. إجاباتك حتى الآن محفوظة.

حاول مرة أخرى من فضلك.</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <location filename="../../app/ui/picker_page.py" line="100" />
        <source>Who is learning today?</source>
        <translation>من سيتعلّم اليوم؟</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="101" />
        <source>No learners yet. Press “Add learner” to begin.</source>
        <translation>لا يوجد متعلّمون بعد. اضغط «إضافة متعلّم» للبدء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="102" />
        <source>Add learner</source>
        <translation>إضافة متعلّم</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="103" />
        <source>Add a new learner</source>
        <translation>إضافة متعلّم جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="104" />
        <source>Manage (adults)</source>
        <translation>الإدارة (للكبار)</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="105" />
        <source>Manage learners: edit or delete</source>
        <translation>إدارة المتعلّمين: تعديل أو حذف</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="106" />
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="107" />
        <source>Edit the selected learner</source>
        <translation>تعديل المتعلّم المحدَّد</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="108" />
        <location filename="../../app/ui/picker_page.py" line="189" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="109" />
        <source>Delete the selected learner</source>
        <translation>حذف المتعلّم المحدَّد</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="110" />
        <source>Learners</source>
        <translation>المتعلّمون</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="112" />
        <source>Start as %1</source>
        <translation>ابدأ باسم %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="187" />
        <source>Delete learner</source>
        <translation>حذف المتعلّم</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="188" />
        <source>Delete %1 and all their progress on this computer?</source>
        <translation>هل تريد حذف %1 وكل تقدّمه على هذا الحاسوب؟</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker_page.py" line="190" />
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <source>For teachers and parents</source>
        <translation>للمعلّمين والأهل</translation>
    </message>
    <message>
        <source>Teacher mode: content packs (needs the adult password)</source>
        <translation>وضع المعلّم: حزم المحتوى (يتطلّب كلمة سرّ الكبار)</translation>
    </message>
</context>
<context>
    <name>PinPadPage</name>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="94" />
        <source>%1, type your PIN</source>
        <translation>%1، اكتب رمزك السري</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="95" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="96" />
        <source>Back to the learner list</source>
        <translation>العودة إلى قائمة المتعلّمين</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="97" />
        <source>Erase a digit</source>
        <translation>امسح رقمًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="99" />
        <source>Digit %1</source>
        <translation>الرقم %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pin_pad.py" line="100" />
        <location filename="../../app/ui/pin_pad.py" line="154" />
        <source>%n digit(s) typed</source>
        <translation><numerusform>لم تكتب أي رقم</numerusform><numerusform>كتبت رقمًا واحدًا</numerusform><numerusform>كتبت رقمين</numerusform><numerusform>كتبت %n أرقام</numerusform><numerusform>كتبت %n رقمًا</numerusform><numerusform>كتبت %n رقم</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pin_pad.py" line="102" />
        <source>Too many tries. Wait %n second(s).</source>
        <translation><numerusform>محاولات كثيرة. انتظر قليلًا.</numerusform><numerusform>محاولات كثيرة. انتظر ثانية واحدة.</numerusform><numerusform>محاولات كثيرة. انتظر ثانيتين.</numerusform><numerusform>محاولات كثيرة. انتظر %n ثوانٍ.</numerusform><numerusform>محاولات كثيرة. انتظر %n ثانية.</numerusform><numerusform>محاولات كثيرة. انتظر %n ثانية.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="174" />
        <source>That is not the right PIN. Try again.</source>
        <translation>هذا ليس الرمز الصحيح. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="181" />
        <source>The PIN could not be checked. Please try again.</source>
        <translation>تعذّر التحقق من الرمز السري. حاول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_pad.py" line="194" />
        <source>Try again.</source>
        <translation>حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../app/ui/practice_page.py" line="0" />
        <source>Why this? %1</source>
        <translation>لماذا هذا؟ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="154" />
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="155" />
        <source>Finish and see what you did (Esc)</source>
        <translation>أنهِ وشاهد ما أنجزته (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="156" />
        <source>Hint</source>
        <translation>تلميح</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="157" />
        <source>Show a hint</source>
        <translation>أظهر تلميحًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="158" />
        <source>Check</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="159" />
        <source>Check my answer (Enter)</source>
        <translation>تحقّق من إجابتي (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="160" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="161" />
        <source>Next question (Enter)</source>
        <translation>السؤال التالي (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="162" />
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="163" />
        <source>The answer is:</source>
        <translation>الإجابة هي:</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="164" />
        <source>How to solve it:</source>
        <translation>طريقة الحل:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/practice_page.py" line="166" />
        <location filename="../../app/ui/practice_page.py" line="373" />
        <source>%n answered in this session</source>
        <translation><numerusform>لا إجابات في هذه الجلسة</numerusform><numerusform>إجابة واحدة في هذه الجلسة</numerusform><numerusform>إجابتان في هذه الجلسة</numerusform><numerusform>%n إجابات في هذه الجلسة</numerusform><numerusform>%n إجابة في هذه الجلسة</numerusform><numerusform>%n إجابة في هذه الجلسة</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="240" />
        <source>Choose or type an answer first.</source>
        <translation>اختر إجابة أو اكتبها أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="286" />
        <source>I could not read that answer. Choose one of the answers above.</source>
        <translation>لم أستطع قراءة هذه الإجابة. اختر إحدى الإجابات في الأعلى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="288" />
        <source>I could not read that answer. Try writing it like 3/4 or 0.75.</source>
        <translation>لم أستطع قراءة هذه الإجابة. جرّب أن تكتبها هكذا: 3/4 أو 0.75.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="289" />
        <source>I could not read that answer. Please try again.</source>
        <translation>لم أستطع قراءة هذه الإجابة. حاول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="298" />
        <source>Great job!</source>
        <translation>عمل رائع!</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="298" />
        <source>Well done!</source>
        <translation>أحسنت!</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="298" />
        <source>Correct!</source>
        <translation>صحيح!</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="298" />
        <source>Brilliant!</source>
        <translation>ممتاز!</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="301" />
        <source>Correct! You have mastered this skill!</source>
        <translation>صحيح! لقد أتقنت هذه المهارة!</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="303" />
        <source>Not quite.</source>
        <translation>ليس تمامًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="343" />
        <source>Hint %1 of %2</source>
        <translation>التلميح %1 من %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_page.py" line="358" />
        <source>Something went wrong. Your earlier answers are saved. Press Finish.</source>
        <translation>حدث خطأ ما. إجاباتك السابقة محفوظة. اضغط «إنهاء».</translation>
    </message>
    <message>
        <source>I could not read that answer. Use only the letters from the question.</source>
        <translation>لم أستطع قراءة هذه الإجابة. استخدم الحروف الموجودة في السؤال فقط.</translation>
    </message>
    <message>
        <source>I could not read that answer. Try writing it like 2x + 6 or 2(x + 3).</source>
        <translation>لم أستطع قراءة هذه الإجابة. جرّب أن تكتبها هكذا: 2x + 6 أو 2(x + 3).</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../app/ui/reasons.py" line="28" />
        <source>Keep going: you are learning this</source>
        <translation>تابِع: أنت تتعلّم هذه المهارة</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="32" />
        <source>New: you have mastered %1</source>
        <translation>جديد: لقد أتقنت %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="33" />
        <source>New: you are ready for this</source>
        <translation>جديد: أنت مستعد لهذه المهارة</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="35" />
        <source>New: a good place to start</source>
        <translation>جديد: مكان جيد للبدء</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="39" />
        <source>Practise again: it will help with %1</source>
        <translation>تمرّن عليها مجددًا: ستساعدك في %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="40" />
        <source>Practise again: it will make the next skill easier</source>
        <translation>تمرّن عليها مجددًا: ستجعل المهارة التالية أسهل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="44" />
        <source>Review: last seen %n day(s) ago</source>
        <translation><numerusform>مراجعة: رأيتها اليوم</numerusform><numerusform>مراجعة: رأيتها قبل يوم واحد</numerusform><numerusform>مراجعة: رأيتها قبل يومين</numerusform><numerusform>مراجعة: رأيتها قبل %n أيام</numerusform><numerusform>مراجعة: رأيتها قبل %n يومًا</numerusform><numerusform>مراجعة: رأيتها قبل %n يوم</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="45" />
        <source>Review: time to remember this</source>
        <translation>مراجعة: حان وقت التذكّر</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="47" />
        <source>You know this: practise to keep it fresh</source>
        <translation>أنت تعرف هذه المهارة: تمرّن لتبقى حاضرة في ذهنك</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="51" />
        <source>Almost ready: first finish %1</source>
        <translation>اقتربت: أكمل أولًا %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="52" />
        <source>Suggested for you</source>
        <translation>مقترح لك</translation>
    </message>
</context>
<context>
    <name>SkillStatus</name>
    <message>
        <location filename="../../app/ui/skill_tile.py" line="17" />
        <source>Mastered</source>
        <translation>أتقنتها</translation>
    </message>
    <message>
        <location filename="../../app/ui/skill_tile.py" line="18" />
        <source>Learning</source>
        <translation>قيد التعلّم</translation>
    </message>
    <message>
        <location filename="../../app/ui/skill_tile.py" line="19" />
        <source>Ready to start</source>
        <translation>جاهزة للبدء</translation>
    </message>
    <message>
        <location filename="../../app/ui/skill_tile.py" line="20" />
        <source>Locked</source>
        <translation>مقفلة</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/first_start.py" line="22" />
        <source>Getting Sabil ready for the first time…
This takes a moment.</source>
        <translation>يجري تجهيز سبيل لأول مرة…
يستغرق ذلك لحظة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201" />
        <source>Sabil cannot start</source>
        <translation>تعذّر تشغيل سبيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202" />
        <source>Sabil cannot save work in this folder:
%1

Ask an adult to check that the folder exists and that this computer user may write in it.</source>
        <translation>لا يستطيع سبيل حفظ العمل في هذا المجلد:
%1

اطلب من شخص بالغ التأكد من وجود المجلد ومن أن مستخدم هذا الحاسوب يستطيع الكتابة فيه.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../app/ui/summary_page.py" line="105" />
        <source>Here is what you did</source>
        <translation>هذا ما أنجزته</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="106" />
        <source>Keep going</source>
        <translation>تابِع التمرّن</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="107" />
        <source>Keep going: practise more</source>
        <translation>تابِع: تمرّن أكثر</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="108" />
        <source>Done</source>
        <translation>انتهيت</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="109" />
        <source>Done: back to my skills</source>
        <translation>انتهيت: العودة إلى مهاراتي</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="110" />
        <source>Your skills before → after</source>
        <translation>مهاراتك قبل ← بعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/summary_page.py" line="133" />
        <source>%n question(s) answered</source>
        <translation><numerusform>لم تجب عن أي سؤال</numerusform><numerusform>أجبت عن سؤال واحد</numerusform><numerusform>أجبت عن سؤالين</numerusform><numerusform>أجبت عن %n أسئلة</numerusform><numerusform>أجبت عن %n سؤالًا</numerusform><numerusform>أجبت عن %n سؤال</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/summary_page.py" line="134" />
        <source>%n correct</source>
        <translation><numerusform>لا إجابات صحيحة</numerusform><numerusform>إجابة صحيحة واحدة</numerusform><numerusform>إجابتان صحيحتان</numerusform><numerusform>%n إجابات صحيحة</numerusform><numerusform>%n إجابة صحيحة</numerusform><numerusform>%n إجابة صحيحة</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="136" />
        <source>Time: %1 min %2 s</source>
        <translation>الوقت: %1 دقيقة و%2 ثانية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/summary_page.py" line="142" />
        <source>New skill(s) mastered: %1</source>
        <translation><numerusform>مهارات جديدة أتقنتها: %1</numerusform><numerusform>مهارة جديدة أتقنتها: %1</numerusform><numerusform>مهارتان جديدتان أتقنتهما: %1</numerusform><numerusform>مهارات جديدة أتقنتها: %1</numerusform><numerusform>مهارات جديدة أتقنتها: %1</numerusform><numerusform>مهارات جديدة أتقنتها: %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="163" />
        <source>before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="164" />
        <source>after</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="175" />
        <source>%1 of %2 right</source>
        <translation>%1 صحيحة من %2</translation>
    </message>
</context>
<context>
    <name>ValidationMessages</name>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="11" />
        <source>Please type a name.</source>
        <translation>اكتب اسمًا من فضلك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="12" />
        <source>That name is too long. Please use a shorter one.</source>
        <translation>هذا الاسم طويل جدًا. استخدم اسمًا أقصر من فضلك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="13" />
        <source>Someone already has that name. Please choose another.</source>
        <translation>هذا الاسم مستخدم من قبل. اختر اسمًا آخر من فضلك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="14" />
        <source>The PIN must be exactly 4 digits.</source>
        <translation>يجب أن يتكوّن الرمز السري من 4 أرقام بالضبط.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="15" />
        <source>The two PINs are not the same. Please type them again.</source>
        <translation>الرمزان غير متطابقين. اكتبهما مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="16" />
        <source>Please choose a picture.</source>
        <translation>اختر صورة من فضلك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="17" />
        <source>Please choose a language.</source>
        <translation>اختر لغة من فضلك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="18" />
        <source>Please choose a text size.</source>
        <translation>اختر حجم الخط من فضلك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="19" />
        <source>This learner no longer exists.</source>
        <translation>هذا المتعلّم لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validation_messages.py" line="21" />
        <source>Something is not right. Please check and try again.</source>
        <translation>هناك شيء غير صحيح. تحقّق وحاول مرة أخرى من فضلك.</translation>
    </message>
</context>
<context>
    <name>NextStepsBar</name>
    <message>
        <location filename="../../app/ui/next_steps.py" line="0" />
        <source>Or practise:</source>
        <translation>أو تدرّب على:</translation>
    </message>
    <message>
        <location filename="../../app/ui/next_steps.py" line="0" />
        <source>Why this? %1</source>
        <translation>لماذا هذا؟ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/next_steps.py" line="0" />
        <source>Practise %1 next</source>
        <translation>تدرّب على %1 بعد ذلك</translation>
    </message>
</context>
<context>
    <name>TeacherGate</name>
    <message>
        <source>For teachers and parents</source>
        <translation>للمعلّمين والأهل</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the learner list</source>
        <translation>العودة إلى قائمة المتعلّمين</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>اكتبها مرة أخرى:</translation>
    </message>
    <message>
        <source>The new teacher password again</source>
        <translation>كلمة سرّ المعلّم الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Teacher mode is where adults add and remove content packs. Choose its password first.</source>
        <translation>في وضع المعلّم يضيف الكبار حزم المحتوى ويحذفونها. اختر كلمة السرّ الخاصة به أولًا.</translation>
    </message>
    <message>
        <source>New teacher password:</source>
        <translation>كلمة سرّ المعلّم الجديدة:</translation>
    </message>
    <message>
        <source>New teacher password</source>
        <translation>كلمة سرّ المعلّم الجديدة</translation>
    </message>
    <message>
        <source>At least %1 characters. This password is for adults only: it is not a child's PIN, and children should not know it.</source>
        <translation>%1 أحرف على الأقل. كلمة السرّ هذه للكبار فقط: ليست الرمز السرّي لطفل، ولا ينبغي أن يعرفها الأطفال.</translation>
    </message>
    <message>
        <source>Set password and open</source>
        <translation>احفظ كلمة السرّ وافتح</translation>
    </message>
    <message>
        <source>Type the teacher password to manage content packs.</source>
        <translation>اكتب كلمة سرّ المعلّم لإدارة حزم المحتوى.</translation>
    </message>
    <message>
        <source>Teacher password:</source>
        <translation>كلمة سرّ المعلّم:</translation>
    </message>
    <message>
        <source>Teacher password</source>
        <translation>كلمة سرّ المعلّم</translation>
    </message>
    <message>
        <source>This is the adults' password, not a child's PIN.</source>
        <translation>هذه كلمة سرّ الكبار، وليست الرمز السرّي لطفل.</translation>
    </message>
    <message>
        <source>Open teacher mode</source>
        <translation>افتح وضع المعلّم</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s).</source>
        <translation><numerusform>محاولات كثيرة. انتظر قليلًا.</numerusform><numerusform>محاولات كثيرة. انتظر ثانية واحدة.</numerusform><numerusform>محاولات كثيرة. انتظر ثانيتين.</numerusform><numerusform>محاولات كثيرة. انتظر %n ثوانٍ.</numerusform><numerusform>محاولات كثيرة. انتظر %n ثانية.</numerusform><numerusform>محاولات كثيرة. انتظر %n ثانية.</numerusform></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>يجب أن تتكوّن كلمة السرّ من %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>كلمتا السرّ غير متطابقتين. اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>That is not the teacher password. Try again.</source>
        <translation>هذه ليست كلمة سرّ المعلّم. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>That password is too long.</source>
        <translation>كلمة السرّ هذه طويلة جدًا.</translation>
    </message>
    <message>
        <source>The password could not be checked. Please try again.</source>
        <translation>تعذّر التحقق من كلمة السرّ. حاول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>TeacherPage</name>
    <message>
        <source>Teacher mode</source>
        <translation>وضع المعلّم</translation>
    </message>
    <message>
        <source>Leave teacher mode</source>
        <translation>الخروج من وضع المعلّم</translation>
    </message>
    <message>
        <source>Leave teacher mode and go back to the learners</source>
        <translation>الخروج من وضع المعلّم والعودة إلى المتعلّمين</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>حزم المحتوى</translation>
    </message>
    <message>
        <source>Please wait until the import has finished, or press Cancel.</source>
        <translation>انتظر من فضلك حتى ينتهي الاستيراد، أو اضغط «إلغاء».</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>On this computer</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <source>On USB drives</source>
        <translation>على وحدات USB</translation>
    </message>
    <message>
        <source>Trust a publisher key…</source>
        <translation>الوثوق بمفتاح ناشر…</translation>
    </message>
    <message>
        <source>Trust a publisher's public key from a drive</source>
        <translation>الوثوق بالمفتاح العام لناشر من وحدة تخزين</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>No packs are installed yet.</source>
        <translation>لا توجد حزم مثبّتة بعد.</translation>
    </message>
    <message>
        <source>No USB drive found. Plug in a USB stick with .sabilpack files.</source>
        <translation>لم يُعثر على وحدة USB. أدخِل ذاكرة USB فيها ملفات ‎.sabilpack.</translation>
    </message>
    <message>
        <source>No packs on this drive.</source>
        <translation>لا توجد حزم على هذه الوحدة.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورَد شيء.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>جارٍ استيراد «%1»…</translation>
    </message>
    <message>
        <source>“%1” version %2 is installed.</source>
        <translation>ثُبّتت «%1» الإصدار %2.</translation>
    </message>
    <message>
        <source>It is signed by “%1” (key %2), a publisher Sabil does not know.</source>
        <translation>إنها موقّعة من «%1» (المفتاح %2)، وهو ناشر لا يعرفه سبيل.</translation>
    </message>
    <message>
        <source>It is not signed by any publisher.</source>
        <translation>ليست موقّعة من أي ناشر.</translation>
    </message>
    <message>
        <source>Unverified pack</source>
        <translation>حزمة غير موثَّقة</translation>
    </message>
    <message>
        <source>This pack is not signed by a publisher Sabil knows, so nobody can vouch for what is in it.</source>
        <translation>هذه الحزمة غير موقّعة من ناشر يعرفه سبيل، فلا أحد يضمن محتواها.</translation>
    </message>
    <message>
        <source>Import “%1” anyway? It will be marked unverified.</source>
        <translation>هل تريد استيراد «%1» رغم ذلك؟ ستُعلَّم بأنها غير موثَّقة.</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>استورِد رغم ذلك</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>إصدار أقدم</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is installed. Replace it with the older version %3?</source>
        <translation>الإصدار %1 من «%2» مثبّت. هل تريد استبداله بالإصدار الأقدم %3؟</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدِل</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>جارٍ تصدير «%1»…</translation>
    </message>
    <message>
        <source>“%1” was saved as %2.</source>
        <translation>حُفظت «%1» باسم %2.</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>حذف الحزمة</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer? Learners will no longer practise it. Their answers so far are kept.</source>
        <translation>هل تريد حذف «%1» من هذا الحاسوب؟ لن يتمرّن عليها المتعلّمون بعد الآن. تبقى إجاباتهم السابقة محفوظة.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>حُذفت «%1».</translation>
    </message>
    <message>
        <source>Choose a publisher's public key</source>
        <translation>اختر المفتاح العام لناشر</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>المفاتيح العامة (*.pub);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Sabil now trusts packs signed by “%1” (key %2).</source>
        <translation>أصبح سبيل يثق بالحزم الموقّعة من «%1» (المفتاح %2).</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>أُلغي. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This pack cannot be imported: %1</source>
        <translation>لا يمكن استيراد هذه الحزمة: %1</translation>
    </message>
    <message>
        <source>The pack could not be exported: %1</source>
        <translation>تعذّر تصدير الحزمة: %1</translation>
    </message>
    <message>
        <source>This did not work: %1</source>
        <translation>لم ينجح ذلك: %1</translation>
    </message>
    <message>
        <source>Drive “%1”</source>
        <translation>الوحدة «%1»</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>الناشر: %1</translation>
    </message>
    <message>
        <source>No publisher</source>
        <translation>بلا ناشر</translation>
    </message>
    <message>
        <source>✓ Verified publisher</source>
        <translation>✓ ناشر موثَّق</translation>
    </message>
    <message>
        <source>⚠ Unverified: signed by a publisher Sabil does not know</source>
        <translation>⚠ غير موثَّقة: موقّعة من ناشر لا يعرفه سبيل</translation>
    </message>
    <message>
        <source>⚠ Unverified: not signed</source>
        <translation>⚠ غير موثَّقة: غير موقّعة</translation>
    </message>
    <message>
        <source>✗ Damaged or changed: the signature does not match</source>
        <translation>✗ تالفة أو معدَّلة: التوقيع غير مطابق</translation>
    </message>
    <message>
        <source>✗ Not a pack Sabil can use</source>
        <translation>✗ ليست حزمة يستطيع سبيل استخدامها</translation>
    </message>
    <message>
        <source>✓ Comes with Sabil</source>
        <translation>✓ مرفقة مع سبيل</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export %1 to a drive</source>
        <translation>تصدير %1 إلى وحدة تخزين</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Remove %1 from this computer</source>
        <translation>حذف %1 من هذا الحاسوب</translation>
    </message>
    <message>
        <source>New: not on this computer yet</source>
        <translation>جديدة: ليست على هذا الحاسوب بعد</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>مثبّتة</translation>
    </message>
    <message>
        <source>Update available: version %1 is installed</source>
        <translation>يتوفّر تحديث: الإصدار %1 هو المثبّت</translation>
    </message>
    <message>
        <source>Older than the installed version %1</source>
        <translation>أقدم من الإصدار المثبّت %1</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>حدِّث</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استورِد</translation>
    </message>
    <message>
        <source>Import %1 from the drive</source>
        <translation>استيراد %1 من الوحدة</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a pack</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>تصدير «%1»</translation>
    </message>
    <message>
        <source>The file will be called %1.</source>
        <translation>سيُسمّى الملف %1.</translation>
    </message>
    <message>
        <source>Where to save the pack</source>
        <translation>مكان حفظ الحزمة</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>مجلد آخر…</translation>
    </message>
    <message>
        <source>Sign it with my teacher key</source>
        <translation>وقّعها بمفتاح المعلّم الخاص بي</translation>
    </message>
    <message>
        <source>Sign the exported pack with my teacher key</source>
        <translation>توقيع الحزمة المصدَّرة بمفتاح المعلّم الخاص بي</translation>
    </message>
    <message>
        <source>Teacher key file</source>
        <translation>ملف مفتاح المعلّم</translation>
    </message>
    <message>
        <source>Choose key file…</source>
        <translation>اختر ملف المفتاح…</translation>
    </message>
    <message>
        <source>Choose the private key file to sign with</source>
        <translation>اختر ملف المفتاح الخاص للتوقيع به</translation>
    </message>
    <message>
        <source>Schools that trust your public key will see the pack as verified.</source>
        <translation>المدارس التي تثق بمفتاحك العام سترى الحزمة موثَّقة.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>صدِّر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>احفظ في:</translation>
    </message>
    <message>
        <source>Choose a folder to save the pack in</source>
        <translation>اختر مجلدًا لحفظ الحزمة فيه</translation>
    </message>
    <message>
        <source>Choose your private key file</source>
        <translation>اختر ملف مفتاحك الخاص</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>Listen</source>
        <translation>استمع</translation>
    </message>
    <message>
        <source>Listen to the word</source>
        <translation>استمع إلى الكلمة</translation>
    </message>
    <message>
        <source>Hear the word again</source>
        <translation>اسمع الكلمة مرة أخرى</translation>
    </message>
    <message>
        <source>Sound can't play here: this copy of Sabil was installed without its sound part.</source>
        <translation>لا يمكن تشغيل الصوت هنا: ثُبّتت هذه النسخة من سبيل دون جزء الصوت.</translation>
    </message>
    <message>
        <source>Sound can't play here: no speakers or headphones were found.</source>
        <translation>لا يمكن تشغيل الصوت هنا: لم يُعثر على سماعات أو مكبرات صوت.</translation>
    </message>
</context>
</TS>