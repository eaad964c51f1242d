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
    <message>
        <source>Your plan: %1</source>
        <translation>خطتك: %1</translation>
    </message>
    <message>
        <source>Part of your learning plan</source>
        <translation>جزء من خطة تعلّمك</translation>
    </message>
    <message>
        <source>Needed first for %1 in your plan</source>
        <translation>تحتاجها أولًا من أجل %1 في خطتك</translation>
    </message>
    <message>
        <source>Needed first for your learning plan</source>
        <translation>تحتاجها أولًا من أجل خطة تعلّمك</translation>
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
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>الخطط</translation>
    </message>
    <message>
        <source>Family view</source>
        <translation>متابعة الأسرة</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Class hub and sync</source>
        <translation>خادم الصف والمزامنة</translation>
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
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>زامِن الآن</translation>
    </message>
    <message>
        <source>Send this computer's answers to the class hub and fetch the others</source>
        <translation>أرسل إجابات هذا الحاسوب إلى خادم الصف واجلب إجابات الآخرين</translation>
    </message>
    <message>
        <source>Checking sync…</source>
        <translation>جارٍ التحقق من المزامنة…</translation>
    </message>
    <message>
        <source>Not connected to a class hub</source>
        <translation>غير متصل بخادم الصف</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>آخر مزامنة %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>everything sent</source>
        <translation>أُرسل كل شيء</translation>
    </message>
    <message>
        <source>A teacher must enrol this computer again</source>
        <translation>يجب أن يسجّل المعلّم هذا الحاسوب من جديد</translation>
    </message>
    <message>
        <source>The class hub's certificate changed; enrol this computer again</source>
        <translation>تغيّرت شهادة خادم الصف؛ سجّل هذا الحاسوب من جديد</translation>
    </message>
    <message>
        <source>The class hub could not be reached; Sabil will try again</source>
        <translation>تعذّر الوصول إلى خادم الصف؛ سيحاول سبيل مرة أخرى</translation>
    </message>
    <message>
        <source>The last sync did not complete; Sabil will try again</source>
        <translation>لم تكتمل المزامنة الأخيرة؛ سيحاول سبيل مرة أخرى</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) waiting</source>
        <translation><numerusform>لا إجابات في الانتظار</numerusform><numerusform>إجابة واحدة في الانتظار</numerusform><numerusform>إجابتان في الانتظار</numerusform><numerusform>%n إجابات في الانتظار</numerusform><numerusform>%n إجابة في الانتظار</numerusform><numerusform>%n إجابة في الانتظار</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n day(s) behind</source>
        <translation><numerusform>ساعة هذا الحاسوب متأخرة أقل من يوم</numerusform><numerusform>ساعة هذا الحاسوب متأخرة يومًا</numerusform><numerusform>ساعة هذا الحاسوب متأخرة يومين</numerusform><numerusform>ساعة هذا الحاسوب متأخرة %n أيام</numerusform><numerusform>ساعة هذا الحاسوب متأخرة %n يومًا</numerusform><numerusform>ساعة هذا الحاسوب متأخرة %n يوم</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n day(s) ahead</source>
        <translation><numerusform>ساعة هذا الحاسوب متقدّمة أقل من يوم</numerusform><numerusform>ساعة هذا الحاسوب متقدّمة يومًا</numerusform><numerusform>ساعة هذا الحاسوب متقدّمة يومين</numerusform><numerusform>ساعة هذا الحاسوب متقدّمة %n أيام</numerusform><numerusform>ساعة هذا الحاسوب متقدّمة %n يومًا</numerusform><numerusform>ساعة هذا الحاسوب متقدّمة %n يوم</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n hour(s) behind</source>
        <translation><numerusform>ساعة هذا الحاسوب متأخرة أقل من ساعة</numerusform><numerusform>ساعة هذا الحاسوب متأخرة ساعة</numerusform><numerusform>ساعة هذا الحاسوب متأخرة ساعتين</numerusform><numerusform>ساعة هذا الحاسوب متأخرة %n ساعات</numerusform><numerusform>ساعة هذا الحاسوب متأخرة %n ساعة</numerusform><numerusform>ساعة هذا الحاسوب متأخرة %n ساعة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n hour(s) ahead</source>
        <translation><numerusform>ساعة هذا الحاسوب متقدّمة أقل من ساعة</numerusform><numerusform>ساعة هذا الحاسوب متقدّمة ساعة</numerusform><numerusform>ساعة هذا الحاسوب متقدّمة ساعتين</numerusform><numerusform>ساعة هذا الحاسوب متقدّمة %n ساعات</numerusform><numerusform>ساعة هذا الحاسوب متقدّمة %n ساعة</numerusform><numerusform>ساعة هذا الحاسوب متقدّمة %n ساعة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n minute(s) behind</source>
        <translation><numerusform>ساعة هذا الحاسوب متأخرة أقل من دقيقة</numerusform><numerusform>ساعة هذا الحاسوب متأخرة دقيقة</numerusform><numerusform>ساعة هذا الحاسوب متأخرة دقيقتين</numerusform><numerusform>ساعة هذا الحاسوب متأخرة %n دقائق</numerusform><numerusform>ساعة هذا الحاسوب متأخرة %n دقيقة</numerusform><numerusform>ساعة هذا الحاسوب متأخرة %n دقيقة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n minute(s) ahead</source>
        <translation><numerusform>ساعة هذا الحاسوب متقدّمة أقل من دقيقة</numerusform><numerusform>ساعة هذا الحاسوب متقدّمة دقيقة</numerusform><numerusform>ساعة هذا الحاسوب متقدّمة دقيقتين</numerusform><numerusform>ساعة هذا الحاسوب متقدّمة %n دقائق</numerusform><numerusform>ساعة هذا الحاسوب متقدّمة %n دقيقة</numerusform><numerusform>ساعة هذا الحاسوب متقدّمة %n دقيقة</numerusform></translation>
    </message>
</context>
<context>
    <name>AdultMessages</name>
    <message>
        <source>Please type a name.</source>
        <translation>اكتب اسمًا من فضلك.</translation>
    </message>
    <message>
        <source>That name is too long. Please use a shorter one.</source>
        <translation>هذا الاسم طويل جدًا. استخدم اسمًا أقصر من فضلك.</translation>
    </message>
    <message>
        <source>There is already a class with that name.</source>
        <translation>يوجد صف بهذا الاسم من قبل.</translation>
    </message>
    <message>
        <source>This class already has a group with that name.</source>
        <translation>في هذا الصف مجموعة بهذا الاسم من قبل.</translation>
    </message>
    <message>
        <source>Only learners of the group's class can join the group.</source>
        <translation>لا ينضمّ إلى المجموعة إلا متعلّمو صفها.</translation>
    </message>
    <message>
        <source>This learner no longer exists.</source>
        <translation>هذا المتعلّم لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This class no longer exists.</source>
        <translation>هذا الصف لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This group no longer exists.</source>
        <translation>هذه المجموعة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>هذه الخطة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>That content pack is not installed on this computer.</source>
        <translation>حزمة المحتوى هذه غير مثبّتة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>That skill is not in the pack any more.</source>
        <translation>لم تعد هذه المهارة موجودة في الحزمة.</translation>
    </message>
    <message>
        <source>Choose at least one skill, or the whole pack.</source>
        <translation>اختر مهارة واحدة على الأقل، أو الحزمة كلها.</translation>
    </message>
    <message>
        <source>The goal is too long. Please use at most 500 characters.</source>
        <translation>الهدف طويل جدًا. استخدم ٥٠٠ حرف على الأكثر من فضلك.</translation>
    </message>
    <message>
        <source>Choose the subject the skill belongs to.</source>
        <translation>اختر المادة التي تنتمي إليها المهارة.</translation>
    </message>
    <message>
        <source>Some rows have problems, so nobody was imported. Fix them in the file and choose it again.</source>
        <translation>في بعض الأسطر مشكلات، لذلك لم يُستورَد أي متعلّم. صحّحها في الملف ثم اختره مرة أخرى.</translation>
    </message>
    <message>
        <source>The classes changed while importing. Please try again.</source>
        <translation>تغيّرت الصفوف أثناء الاستيراد. حاول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <source>The export file name must end in .json or .zip.</source>
        <translation>يجب أن ينتهي اسم ملف التصدير بـ ‎.json أو ‎.zip.</translation>
    </message>
    <message>
        <source>This answer already has a rating.</source>
        <translation>لهذه الإجابة تقييم من قبل.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>حدث خطأ ما. حاول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>الاسم غير موجود.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>الاسم طويل جدًا.</translation>
    </message>
    <message>
        <source>The class is missing.</source>
        <translation>الصف غير موجود.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>يجب أن يتكوّن الرمز السري من ٤ إلى ٨ أرقام.</translation>
    </message>
    <message>
        <source>This learner is listed twice in this class.</source>
        <translation>هذا المتعلّم مذكور مرتين في هذا الصف.</translation>
    </message>
    <message>
        <source>Too many columns: a row has a name, a class and an optional PIN.</source>
        <translation>أعمدة أكثر من اللازم: في كل سطر الاسم، والصف، ورمز سري اختياري.</translation>
    </message>
    <message>
        <source>The file is too large for a roster.</source>
        <translation>الملف أكبر من أن يكون قائمة صف.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>تعذّرت قراءة الملف.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. In the spreadsheet, save it as "CSV UTF-8".</source>
        <translation>الملف ليس نصًا بترميز UTF-8. احفظه في برنامج الجداول بصيغة «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file has no learners in it.</source>
        <translation>لا يوجد متعلّمون في الملف.</translation>
    </message>
    <message>
        <source>A roster can have at most 2000 learners.</source>
        <translation>يمكن أن تضمّ قائمة الصف ٢٠٠٠ متعلّم على الأكثر.</translation>
    </message>
    <message>
        <source>This row cannot be read.</source>
        <translation>تتعذّر قراءة هذا السطر.</translation>
    </message>
</context>
<context>
    <name>ReportStates</name>
    <message>
        <source>Mastered</source>
        <translation>متقَنة</translation>
    </message>
    <message>
        <source>Being forgotten</source>
        <translation>في طور النسيان</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التعلّم</translation>
    </message>
    <message>
        <source>Struggling</source>
        <translation>فيها صعوبة</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>أمس</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>اليوم</numerusform><numerusform>منذ يوم</numerusform><numerusform>منذ يومين</numerusform><numerusform>منذ %n أيام</numerusform><numerusform>منذ %n يومًا</numerusform><numerusform>منذ %n يوم</numerusform></translation>
    </message>
    <message>
        <source>Content pack: %1</source>
        <translation>حزمة المحتوى: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation><numerusform>لا متعلّمين</numerusform><numerusform>متعلّم واحد</numerusform><numerusform>متعلّمان</numerusform><numerusform>%n متعلّمين</numerusform><numerusform>%n متعلّمًا</numerusform><numerusform>%n متعلّم</numerusform></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>أُعدّ في %1</translation>
    </message>
</context>
<context>
    <name>ClassHeatmap</name>
    <message>
        <source>estimate %1</source>
        <translation>التقدير %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>لا إجابات</numerusform><numerusform>إجابة واحدة</numerusform><numerusform>إجابتان</numerusform><numerusform>%n إجابات</numerusform><numerusform>%n إجابة</numerusform><numerusform>%n إجابة</numerusform></translation>
    </message>
    <message>
        <source>last practised %1</source>
        <translation>آخر تمرّن: %1</translation>
    </message>
    <message>
        <source>recall now %1</source>
        <translation>التذكّر الآن %1</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>نظرة عامة على الصف</translation>
    </message>
    <message>
        <source>Learners A to Z</source>
        <translation>المتعلّمون أبجديًا</translation>
    </message>
    <message>
        <source>Learners: most struggling first</source>
        <translation>المتعلّمون: الأكثر صعوبةً أولًا</translation>
    </message>
    <message>
        <source>Learners: most forgetting first</source>
        <translation>المتعلّمون: الأكثر نسيانًا أولًا</translation>
    </message>
    <message>
        <source>Learners: fewest mastered first</source>
        <translation>المتعلّمون: الأقل إتقانًا أولًا</translation>
    </message>
    <message>
        <source>Learners: most mastered first</source>
        <translation>المتعلّمون: الأكثر إتقانًا أولًا</translation>
    </message>
    <message>
        <source>Skills in teaching order</source>
        <translation>المهارات بترتيب التدريس</translation>
    </message>
    <message>
        <source>Skills: most struggling first</source>
        <translation>المهارات: الأكثر صعوبةً أولًا</translation>
    </message>
    <message>
        <source>Skills: most forgetting first</source>
        <translation>المهارات: الأكثر نسيانًا أولًا</translation>
    </message>
    <message>
        <source>Skills: fewest mastered first</source>
        <translation>المهارات: الأقل إتقانًا أولًا</translation>
    </message>
    <message>
        <source>Skills: fewest started first</source>
        <translation>المهارات: الأقل بدءًا أولًا</translation>
    </message>
    <message>
        <source>Order of the learners</source>
        <translation>ترتيب المتعلّمين</translation>
    </message>
    <message>
        <source>Order of the skills</source>
        <translation>ترتيب المهارات</translation>
    </message>
    <message>
        <source>Mastery of each skill by each learner</source>
        <translation>إتقان كل متعلّم لكل مهارة</translation>
    </message>
    <message>
        <source>There are no learners in this list yet.</source>
        <translation>لا يوجد متعلّمون في هذه القائمة بعد.</translation>
    </message>
    <message>
        <source>Click a square to see the numbers; double-click a name to open that learner's report.</source>
        <translation>انقر مربعًا لترى الأرقام، وانقر اسمًا نقرًا مزدوجًا لتفتح تقرير ذلك المتعلّم.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>المهارة</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>المتعلّمون</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>Skills by state</source>
        <translation>المهارات حسب الحالة</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>حان وقت المراجعة</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>No answers yet.</source>
        <translation>لا توجد إجابات بعد.</translation>
    </message>
    <message>
        <source>answers a week (dark: right)</source>
        <translation>الإجابات في الأسبوع (الداكن: الصحيحة)</translation>
    </message>
    <message>
        <source>skills mastered</source>
        <translation>المهارات المتقَنة</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>لا أسابيع</numerusform><numerusform>أسبوع واحد</numerusform><numerusform>أسبوعان</numerusform><numerusform>%n أسابيع</numerusform><numerusform>%n أسبوعًا</numerusform><numerusform>%n أسبوع</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>لا إجابات</numerusform><numerusform>إجابة واحدة</numerusform><numerusform>إجابتان</numerusform><numerusform>%n إجابات</numerusform><numerusform>%n إجابة</numerusform><numerusform>%n إجابة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) mastered by the end</source>
        <translation><numerusform>لا مهارات متقَنة في النهاية</numerusform><numerusform>مهارة واحدة متقَنة في النهاية</numerusform><numerusform>مهارتان متقَنتان في النهاية</numerusform><numerusform>%n مهارات متقَنة في النهاية</numerusform><numerusform>%n مهارة متقَنة في النهاية</numerusform><numerusform>%n مهارة متقَنة في النهاية</numerusform></translation>
    </message>
</context>
<context>
    <name>DifficultItemsView</name>
    <message>
        <source>Difficult items</source>
        <translation>الأسئلة الصعبة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>المهارة</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>نسبة الصواب</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>الإجابة الصحيحة</translation>
    </message>
    <message>
        <source>Wrong answers given most</source>
        <translation>أكثر الإجابات الخاطئة تكرارًا</translation>
    </message>
    <message>
        <source>Items the class finds hardest, with the wrong answers most often given</source>
        <translation>الأسئلة الأصعب على الصف، مع أكثر الإجابات الخاطئة تكرارًا</translation>
    </message>
    <message>
        <source>Answered right least often. The same wrong answer from many learners points at a misconception.</source>
        <translation>هذه الأسئلة هي الأقل إجابةً صحيحة. وتكرار الإجابة الخاطئة نفسها عند كثير من المتعلّمين يدلّ على فهم خاطئ.</translation>
    </message>
    <message>
        <source>(numbers vary)</source>
        <translation>(تتغيّر الأعداد)</translation>
    </message>
    <message>
        <source>%1 of %2 (skill: %3)</source>
        <translation>%1 من %2 (المهارة: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n learner(s))</source>
        <translation><numerusform>%1 (لا أحد)</numerusform><numerusform>%1 (متعلّم واحد)</numerusform><numerusform>%1 (متعلّمان)</numerusform><numerusform>%1 (%n متعلّمين)</numerusform><numerusform>%1 (%n متعلّمًا)</numerusform><numerusform>%1 (%n متعلّم)</numerusform></translation>
    </message>
    <message>
        <source>Not enough answers yet to tell which items are hard.</source>
        <translation>لا توجد إجابات كافية بعد لمعرفة الأسئلة الصعبة.</translation>
    </message>
</context>
<context>
    <name>HelpNeededView</name>
    <message>
        <source>Help needed</source>
        <translation>بحاجة إلى مساعدة</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>Stuck on</source>
        <translation>متعثّر في</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Learners stuck on a skill, with the items they missed</source>
        <translation>متعلّمون متعثّرون في مهارة، مع الأسئلة التي أخطؤوا فيها</translation>
    </message>
    <message>
        <source>%1 of the last %2 wrong</source>
        <translation>%1 خاطئة من آخر %2</translation>
    </message>
    <message>
        <source>hints on every item</source>
        <translation>تلميحات في كل سؤال</translation>
    </message>
    <message numerus="yes">
        <source>still at %1 after %n answer(s)</source>
        <translation><numerusform>ما زال عند %1 دون إجابات</numerusform><numerusform>ما زال عند %1 بعد إجابة واحدة</numerusform><numerusform>ما زال عند %1 بعد إجابتين</numerusform><numerusform>ما زال عند %1 بعد %n إجابات</numerusform><numerusform>ما زال عند %1 بعد %n إجابة</numerusform><numerusform>ما زال عند %1 بعد %n إجابة</numerusform></translation>
    </message>
    <message>
        <source>recall %1</source>
        <translation>التذكّر %1</translation>
    </message>
    <message>
        <source>estimate %1</source>
        <translation>التقدير %1</translation>
    </message>
    <message>
        <source>Check first: %1 (%2, %3)</source>
        <translation>تحقّق أولًا من: %1 (%2، %3)</translation>
    </message>
    <message>
        <source>%1 — answered %2, right answer %3</source>
        <translation>%1 — أجاب %2، والإجابة الصحيحة %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n hint(s))</source>
        <translation><numerusform>(دون تلميحات)</numerusform><numerusform>(تلميح واحد)</numerusform><numerusform>(تلميحان)</numerusform><numerusform>(%n تلميحات)</numerusform><numerusform>(%n تلميحًا)</numerusform><numerusform>(%n تلميح)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) need help now.</source>
        <translation><numerusform>لا أحد يحتاج إلى مساعدة الآن.</numerusform><numerusform>متعلّم واحد يحتاج إلى مساعدة الآن.</numerusform><numerusform>متعلّمان يحتاجان إلى مساعدة الآن.</numerusform><numerusform>%n متعلّمين يحتاجون إلى مساعدة الآن.</numerusform><numerusform>%n متعلّمًا يحتاجون إلى مساعدة الآن.</numerusform><numerusform>%n متعلّم يحتاجون إلى مساعدة الآن.</numerusform></translation>
    </message>
    <message>
        <source>Double-click a name to see that learner's report.</source>
        <translation>انقر اسمًا نقرًا مزدوجًا لترى تقرير ذلك المتعلّم.</translation>
    </message>
    <message>
        <source>Nobody is stuck right now.</source>
        <translation>لا أحد متعثّر الآن.</translation>
    </message>
    <message>
        <source>Check first</source>
        <translation>يُراجَع أولًا</translation>
    </message>
    <message>
        <source>Items missed</source>
        <translation>الأسئلة الخاطئة</translation>
    </message>
</context>
<context>
    <name>LearnerReport</name>
    <message>
        <source>One learner</source>
        <translation>متعلّم واحد</translation>
    </message>
    <message>
        <source>Learner shown</source>
        <translation>المتعلّم المعروض</translation>
    </message>
    <message>
        <source>Being forgotten</source>
        <translation>في طور النسيان</translation>
    </message>
    <message>
        <source>What blocks the next skills</source>
        <translation>ما يعيق المهارات التالية</translation>
    </message>
    <message>
        <source>Skills this learner is forgetting</source>
        <translation>المهارات التي بدأ هذا المتعلّم ينساها</translation>
    </message>
    <message>
        <source>Skills this learner could learn next and what stands in the way</source>
        <translation>المهارات التي يمكن لهذا المتعلّم أن يتعلّمها بعد ذلك وما يعيقها</translation>
    </message>
    <message>
        <source>There are no learners in this list yet.</source>
        <translation>لا يوجد متعلّمون في هذه القائمة بعد.</translation>
    </message>
    <message>
        <source>Nothing is being forgotten.</source>
        <translation>لا شيء في طور النسيان.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>لا إجابات</numerusform><numerusform>إجابة واحدة</numerusform><numerusform>إجابتان</numerusform><numerusform>%n إجابات</numerusform><numerusform>%n إجابة</numerusform><numerusform>%n إجابة</numerusform></translation>
    </message>
    <message>
        <source>%1 right</source>
        <translation>الصواب %1</translation>
    </message>
    <message>
        <source>time on task %1</source>
        <translation>وقت العمل %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>لا جلسات</numerusform><numerusform>جلسة واحدة</numerusform><numerusform>جلستان</numerusform><numerusform>%n جلسات</numerusform><numerusform>%n جلسة</numerusform><numerusform>%n جلسة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation><numerusform>في %n يوم</numerusform><numerusform>في يوم واحد</numerusform><numerusform>في يومين</numerusform><numerusform>في %n أيام</numerusform><numerusform>في %n يومًا</numerusform><numerusform>في %n يوم</numerusform></translation>
    </message>
    <message>
        <source>last active %1</source>
        <translation>آخر نشاط: %1</translation>
    </message>
    <message>
        <source>%1: recall %2, last practised %3</source>
        <translation>%1: التذكّر %2، وآخر تمرّن %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>اليوم</numerusform><numerusform>منذ يوم</numerusform><numerusform>منذ يومين</numerusform><numerusform>منذ %n أيام</numerusform><numerusform>منذ %n يومًا</numerusform><numerusform>منذ %n يوم</numerusform></translation>
    </message>
    <message>
        <source>%1: will need a review soon (recall %2)</source>
        <translation>%1: ستحتاج إلى مراجعة قريبًا (التذكّر %2)</translation>
    </message>
    <message>
        <source>%1 needs: %2</source>
        <translation>%1 تحتاج إلى: %2</translation>
    </message>
    <message>
        <source>Ready to learn: %1</source>
        <translation>جاهز لتعلّم: %1</translation>
    </message>
    <message>
        <source>Nothing is blocked.</source>
        <translation>لا توجد عوائق.</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>أسبوعًا بعد أسبوع</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>الصحيحة</translation>
    </message>
    <message>
        <source>Time on task</source>
        <translation>وقت العمل</translation>
    </message>
    <message>
        <source>Skills mastered</source>
        <translation>المهارات المتقَنة</translation>
    </message>
    <message>
        <source>recall %1</source>
        <translation>التذكّر %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Learners shown: everyone, a class or a group</source>
        <translation>المتعلّمون المعروضون: الجميع أو صف أو مجموعة</translation>
    </message>
    <message>
        <source>Content pack the reports are about</source>
        <translation>حزمة المحتوى التي تتناولها التقارير</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>كل المتعلّمين</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>حفظ بصيغة CSV…</translation>
    </message>
    <message>
        <source>Save this report as a CSV file for a spreadsheet</source>
        <translation>حفظ هذا التقرير ملفَّ CSV لبرنامج الجداول</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save this report as a PDF file to print</source>
        <translation>حفظ هذا التقرير ملفَّ PDF للطباعة</translation>
    </message>
    <message>
        <source>No content pack is installed yet, so there is nothing to report.</source>
        <translation>لم تُثبَّت أي حزمة محتوى بعد، لذا لا يوجد ما تعرضه التقارير.</translation>
    </message>
    <message>
        <source>A learner in this list was removed. Choose the list again.</source>
        <translation>حُذف متعلّم من هذه القائمة. اختر القائمة مرة أخرى.</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>تعذّر إعداد التقرير: %1</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>حفظ التقرير بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>تعذّر حفظ %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ: %1</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Classes</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>New class name</source>
        <translation>اسم الصف الجديد</translation>
    </message>
    <message>
        <source>Name of the new class</source>
        <translation>اسم الصف الجديد</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>إضافة صف</translation>
    </message>
    <message>
        <source>Import class list…</source>
        <translation>استيراد قائمة صف…</translation>
    </message>
    <message>
        <source>Import a class list from a CSV file</source>
        <translation>استيراد قائمة صف من ملف CSV</translation>
    </message>
    <message>
        <source>Remove class</source>
        <translation>حذف الصف</translation>
    </message>
    <message>
        <source>Remove the class (its learners and their progress stay)</source>
        <translation>حذف الصف (يبقى متعلّموه وتقدّمهم)</translation>
    </message>
    <message>
        <source>Learners in the class</source>
        <translation>متعلّمو الصف</translation>
    </message>
    <message>
        <source>Learner to add to the class</source>
        <translation>المتعلّم الذي ستضيفه إلى الصف</translation>
    </message>
    <message>
        <source>Add to class</source>
        <translation>أضِف إلى الصف</translation>
    </message>
    <message>
        <source>Take out of class</source>
        <translation>أخرِج من الصف</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Groups of the class</source>
        <translation>مجموعات الصف</translation>
    </message>
    <message>
        <source>New group name</source>
        <translation>اسم المجموعة الجديدة</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>اسم المجموعة الجديدة</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>إضافة مجموعة</translation>
    </message>
    <message>
        <source>Tick the learners in this group</source>
        <translation>ضع علامة على متعلّمي هذه المجموعة</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>حذف المجموعة</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>المتعلّمون</translation>
    </message>
    <message>
        <source>Learners in %1</source>
        <translation>المتعلّمون في %1</translation>
    </message>
    <message>
        <source>Add a group to split the class, e.g. for a lesson at a different level.</source>
        <translation>أضِف مجموعة لتقسيم الصف، مثلًا لدرس في مستوى مختلف.</translation>
    </message>
    <message>
        <source>Who is in %1:</source>
        <translation>مَن في %1:</translation>
    </message>
    <message>
        <source>Remove the class %1 and its groups? Its learners and their progress stay.</source>
        <translation>هل تريد حذف الصف %1 ومجموعاته؟ يبقى متعلّموه وتقدّمهم.</translation>
    </message>
    <message>
        <source>Remove the group %1? Its learners stay in the class.</source>
        <translation>هل تريد حذف المجموعة %1؟ يبقى متعلّموها في الصف.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة التسمية…</translation>
    </message>
    <message>
        <source>Give the class a new name</source>
        <translation>إعطاء الصف اسمًا جديدًا</translation>
    </message>
    <message>
        <source>Give the group a new name</source>
        <translation>إعطاء المجموعة اسمًا جديدًا</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>إعادة تسمية الصف</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>إعادة تسمية المجموعة</translation>
    </message>
    <message>
        <source>New name for the class %1:</source>
        <translation>الاسم الجديد للصف %1:</translation>
    </message>
    <message>
        <source>New name for the group %1:</source>
        <translation>الاسم الجديد للمجموعة %1:</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a class list</source>
        <translation>استيراد قائمة صف</translation>
    </message>
    <message>
        <source>Choose a CSV file with one learner per row: name, class and an optional PIN. Save it from a spreadsheet as "CSV UTF-8". You will see every row before anything is imported.</source>
        <translation>اختر ملف CSV فيه متعلّم واحد في كل سطر: الاسم والصف ورمز سري اختياري. احفظه من برنامج الجداول بصيغة «CSV UTF-8». سترى كل سطر قبل استيراد أي شيء.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختر ملفًا…</translation>
    </message>
    <message>
        <source>Choose the class list file</source>
        <translation>اختر ملف قائمة الصف</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>ما سيحدث</translation>
    </message>
    <message>
        <source>Preview of the class list</source>
        <translation>معاينة قائمة الصف</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استورِد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Choose the class list</source>
        <translation>اختر قائمة الصف</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.txt);;All files (*)</source>
        <translation>قوائم الصفوف (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Already in this class: skipped</source>
        <translation>موجود في هذا الصف من قبل: سيُتخطّى</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>متعلّم جديد</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (marked ⚠). Nothing will be imported until they are fixed in the file.</source>
        <translation><numerusform>لا توجد أسطر فيها مشكلات (⚠).</numerusform><numerusform>في سطر واحد مشكلة (مُعلَّم بـ ⚠). لن يُستورَد شيء حتى يُصحَّح في الملف.</numerusform><numerusform>في سطرين مشكلات (مُعلَّمان بـ ⚠). لن يُستورَد شيء حتى يُصحَّحا في الملف.</numerusform><numerusform>في %n أسطر مشكلات (مُعلَّمة بـ ⚠). لن يُستورَد شيء حتى تُصحَّح في الملف.</numerusform><numerusform>في %n سطرًا مشكلات (مُعلَّمة بـ ⚠). لن يُستورَد شيء حتى تُصحَّح في الملف.</numerusform><numerusform>في %n سطر مشكلات (مُعلَّمة بـ ⚠). لن يُستورَد شيء حتى تُصحَّح في الملف.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new learner(s) will be added.</source>
        <translation><numerusform>لن يُضاف أي متعلّم جديد.</numerusform><numerusform>سيُضاف متعلّم جديد واحد.</numerusform><numerusform>سيُضاف متعلّمان جديدان.</numerusform><numerusform>سيُضاف %n متعلّمين جدد.</numerusform><numerusform>سيُضاف %n متعلّمًا جديدًا.</numerusform><numerusform>سيُضاف %n متعلّم جديد.</numerusform></translation>
    </message>
    <message>
        <source>New classes: %1</source>
        <translation>صفوف جديدة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) are already in their class and will be skipped.</source>
        <translation><numerusform>لا يوجد متعلّم في صفه من قبل.</numerusform><numerusform>متعلّم واحد موجود في صفه من قبل وسيُتخطّى.</numerusform><numerusform>متعلّمان موجودان في صفّيهما من قبل وسيُتخطّيان.</numerusform><numerusform>%n متعلّمين موجودون في صفوفهم من قبل وسيُتخطَّون.</numerusform><numerusform>%n متعلّمًا موجودون في صفوفهم من قبل وسيُتخطَّون.</numerusform><numerusform>%n متعلّم موجودون في صفوفهم من قبل وسيُتخطَّون.</numerusform></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) imported.</source>
        <translation><numerusform>لم يُستورَد أي متعلّم.</numerusform><numerusform>استُورِد متعلّم واحد.</numerusform><numerusform>استُورِد متعلّمان.</numerusform><numerusform>استُورِد %n متعلّمين.</numerusform><numerusform>استُورِد %n متعلّمًا.</numerusform><numerusform>استُورِد %n متعلّم.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already there, skipped.</source>
        <translation><numerusform>لم يُتخطَّ أي متعلّم.</numerusform><numerusform>تُخطّي متعلّم واحد موجود من قبل.</numerusform><numerusform>تُخطّي متعلّمان موجودان من قبل.</numerusform><numerusform>تُخطّي %n متعلّمين موجودين من قبل.</numerusform><numerusform>تُخطّي %n متعلّمًا موجودًا من قبل.</numerusform><numerusform>تُخطّي %n متعلّم موجود من قبل.</numerusform></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Learning plans</source>
        <translation>خطط التعلّم</translation>
    </message>
    <message>
        <source>Progress of each learner on the plan</source>
        <translation>تقدّم كل متعلّم في الخطة</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>حذف الخطة</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>خطة جديدة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>For</source>
        <translation>لمن</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ما تشمله</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Learner's goal</source>
        <translation>هدف المتعلّم</translation>
    </message>
    <message>
        <source>e.g. Fractions before the test</source>
        <translation>مثلًا: الكسور قبل الاختبار</translation>
    </message>
    <message>
        <source>Name of the plan</source>
        <translation>اسم الخطة</translation>
    </message>
    <message>
        <source>A learner</source>
        <translation>متعلّم</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>A class</source>
        <translation>صف</translation>
    </message>
    <message>
        <source>Who the plan is for</source>
        <translation>لمن الخطة</translation>
    </message>
    <message>
        <source>Learner, group or class</source>
        <translation>متعلّم أو مجموعة أو صف</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>حزمة المحتوى</translation>
    </message>
    <message>
        <source>Chosen skills</source>
        <translation>مهارات مختارة</translation>
    </message>
    <message>
        <source>A section: the skill and all it needs</source>
        <translation>قسم: المهارة وكل ما تحتاج إليه</translation>
    </message>
    <message>
        <source>The whole pack</source>
        <translation>الحزمة كلها</translation>
    </message>
    <message>
        <source>What the plan covers</source>
        <translation>ما تشمله الخطة</translation>
    </message>
    <message>
        <source>Tick the skills of the plan</source>
        <translation>ضع علامة على مهارات الخطة</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>الإنجاز قبل</translation>
    </message>
    <message>
        <source>e.g. I want to master fractions by June</source>
        <translation>مثلًا: أريد أن أتقن الكسور قبل يونيو</translation>
    </message>
    <message>
        <source>The goal, written with the learner</source>
        <translation>الهدف، مكتوبًا مع المتعلّم</translation>
    </message>
    <message>
        <source>Assign plan</source>
        <translation>إسناد الخطة</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>لـ %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>قبل %1</translation>
    </message>
    <message>
        <source>No plans yet. Make one on the right.</source>
        <translation>لا توجد خطط بعد. أنشئ خطة في النموذج المجاور.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>الهدف: %1</translation>
    </message>
    <message>
        <source>How each learner is doing:</source>
        <translation>كيف يتقدّم كل متعلّم:</translation>
    </message>
    <message>
        <source>done</source>
        <translation>أُنجزت</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>تجاوز الموعد</translation>
    </message>
    <message>
        <source>nothing to practise for it</source>
        <translation>لا يوجد ما يمكن التمرّن عليه</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>على المسار الصحيح</translation>
    </message>
    <message>
        <source>%1: %2 of %3 skills · %4</source>
        <translation>%1: المهارات %2 من %3، %4</translation>
    </message>
    <message>
        <source>Next: %1 (needed first)</source>
        <translation>التالي: %1 (مطلوبة أولًا)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <source>Install a content pack first.</source>
        <translation>ثبّت حزمة محتوى أولًا.</translation>
    </message>
    <message>
        <source>Choose who the plan is for.</source>
        <translation>اختر لمن الخطة.</translation>
    </message>
    <message>
        <source>Plan assigned to %1.</source>
        <translation>أُسندت الخطة إلى %1.</translation>
    </message>
    <message>
        <source>Remove the plan “%1”? What the learners learned stays.</source>
        <translation>هل تريد حذف الخطة «%1»؟ يبقى ما تعلّمه المتعلّمون.</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>تعديل الخطة</translation>
    </message>
    <message>
        <source>Change the plan's name, due date or goal</source>
        <translation>تعديل اسم الخطة أو موعدها النهائي أو هدفها</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Change plan: %1</source>
        <translation>تعديل الخطة: %1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التعديلات</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>حُفظت التعديلات على «%1».</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Learners</source>
        <translation>المتعلّمون</translation>
    </message>
    <message>
        <source>Learners on this computer</source>
        <translation>المتعلّمون على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>تصدير كل شيء…</translation>
    </message>
    <message>
        <source>Export everything about this learner to a folder</source>
        <translation>تصدير كل ما يخص هذا المتعلّم إلى مجلد</translation>
    </message>
    <message>
        <source>Delete learner…</source>
        <translation>حذف المتعلّم…</translation>
    </message>
    <message>
        <source>Delete this learner</source>
        <translation>حذف هذا المتعلّم</translation>
    </message>
    <message>
        <source>What leaves this computer</source>
        <translation>ما يخرج من هذا الحاسوب</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>اختر مكان حفظ البيانات المصدَّرة</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Saved in %1:
%2
The .json file holds everything; the .zip holds the same as spreadsheet tables.</source>
        <translation>حُفظ في %1:
%2
يحوي ملف ‎.json كل شيء، ويحوي ملف ‎.zip المحتوى نفسه في صورة جداول.</translation>
    </message>
    <message>
        <source>Delete %1? Their profile, goals and own plans are removed from this computer, and from every device this one syncs with. This cannot be undone: export first if the family wants a copy.</source>
        <translation>هل تريد حذف %1؟ سيُحذف ملفه الشخصي وأهدافه وخططه الخاصة من هذا الحاسوب ومن كل جهاز يتزامن معه. لا يمكن التراجع عن ذلك: صدِّر بياناته أولًا إن أرادت العائلة نسخة منها.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>حُذف %1.</translation>
    </message>
    <message>
        <source>Nothing. This computer is not connected to a class hub, so everything stays here.</source>
        <translation>لا شيء. هذا الحاسوب غير متصل بخادم الصف، لذا يبقى كل شيء هنا.</translation>
    </message>
    <message>
        <source>learner names and settings (never PINs)</source>
        <translation>أسماء المتعلّمين وإعداداتهم (ولا تُرسَل الرموز السرية أبدًا)</translation>
    </message>
    <message>
        <source>their answers</source>
        <translation>إجاباتهم</translation>
    </message>
    <message>
        <source>learning plans</source>
        <translation>خطط التعلّم</translation>
    </message>
    <message>
        <source>learners' goals</source>
        <translation>أهداف المتعلّمين</translation>
    </message>
    <message>
        <source>how sure learners felt</source>
        <translation>مدى ثقة المتعلّمين بإجاباتهم</translation>
    </message>
    <message>
        <source>This computer sends %1 to %2 (%3).</source>
        <translation>يرسل هذا الحاسوب %1 إلى %2 (%3).</translation>
    </message>
    <message>
        <source>Class on the hub: %1</source>
        <translation>الصف على الخادم: %1</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>آخر إرسال: %1</translation>
    </message>
    <message>
        <source>Learners sent so far: %1</source>
        <translation>المتعلّمون المُرسَلون حتى الآن: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>The export could not be written there. Is the drive full or read-only?</source>
        <translation>تعذّرت كتابة البيانات المصدَّرة هناك. هل وحدة التخزين ممتلئة أو للقراءة فقط؟</translation>
    </message>
    <message>
        <source>classes and groups</source>
        <translation>الصفوف والمجموعات</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Children on this computer</source>
        <translation>الأطفال على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Earlier week</source>
        <translation>الأسبوع السابق</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>اعرض الأسبوع الذي قبله</translation>
    </message>
    <message>
        <source>Later week</source>
        <translation>الأسبوع التالي</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>اعرض الأسبوع الذي بعده</translation>
    </message>
    <message>
        <source>Each bar is one day: its height is the questions answered, the green part the right answers.</source>
        <translation>كل عمود يمثّل يومًا: ارتفاعه عدد الأسئلة التي أُجيب عنها، وجزؤه الأخضر الإجابات الصحيحة.</translation>
    </message>
    <message>
        <source>This child's week could not be shown. Please try again.</source>
        <translation>تعذّر عرض أسبوع هذا الطفل. حاول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <source>Nobody is learning on this computer yet.</source>
        <translation>لا أحد يتعلّم على هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <source>%1's week</source>
        <translation>أسبوع %1</translation>
    </message>
</context>
<context>
    <name>WeekWords</name>
    <message>
        <source>%1: %2 answered, %3 right</source>
        <translation>%1: الإجابات %2، الصحيحة منها %3</translation>
    </message>
    <message>
        <source>%1 has not practised in this week. Earlier weeks are one button away.</source>
        <translation>لم يتمرّن %1 في هذا الأسبوع. الأسابيع السابقة على بُعد زر واحد.</translation>
    </message>
    <message numerus="yes">
        <source>%1 practised on %n day(s).</source>
        <translation><numerusform>لم يتمرّن %1 في أي يوم.</numerusform><numerusform>تمرّن %1 في يوم واحد.</numerusform><numerusform>تمرّن %1 في يومين.</numerusform><numerusform>تمرّن %1 في %n أيام.</numerusform><numerusform>تمرّن %1 في %n يومًا.</numerusform><numerusform>تمرّن %1 في %n يوم.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) of practice in all.</source>
        <translation><numerusform>أقل من دقيقة من التمرّن في المجموع.</numerusform><numerusform>نحو دقيقة من التمرّن في المجموع.</numerusform><numerusform>نحو دقيقتين من التمرّن في المجموع.</numerusform><numerusform>نحو %n دقائق من التمرّن في المجموع.</numerusform><numerusform>نحو %n دقيقة من التمرّن في المجموع.</numerusform><numerusform>نحو %n دقيقة من التمرّن في المجموع.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered, %1 of them right.</source>
        <translation><numerusform>لم يُجَب عن أي سؤال، وعدد الإجابات الصحيحة %1.</numerusform><numerusform>أُجيب عن سؤال واحد، وعدد الإجابات الصحيحة %1.</numerusform><numerusform>أُجيب عن سؤالين، وعدد الإجابات الصحيحة %1.</numerusform><numerusform>أُجيب عن %n أسئلة، وعدد الإجابات الصحيحة %1.</numerusform><numerusform>أُجيب عن %n سؤالًا، وعدد الإجابات الصحيحة %1.</numerusform><numerusform>أُجيب عن %n سؤال، وعدد الإجابات الصحيحة %1.</numerusform></translation>
    </message>
    <message>
        <source>New skills mastered: %1.</source>
        <translation>المهارات الجديدة المتقَنة: %1.</translation>
    </message>
    <message>
        <source>No new skill mastered in this week.</source>
        <translation>لم تُتقَن أي مهارة جديدة في هذا الأسبوع.</translation>
    </message>
    <message>
        <source>Also worked on: %1.</source>
        <translation>وتمرّن أيضًا على: %1.</translation>
    </message>
    <message>
        <source>%1 reached a goal: “%2”.</source>
        <translation>حقّق %1 هدفًا: «%2».</translation>
    </message>
    <message>
        <source>%1's goal: “%2” (%3 of %4 skills mastered).</source>
        <translation>هدف %1: «%2» (المهارات المتقَنة %3 من %4).</translation>
    </message>
    <message>
        <source>%1's goal: “%2”.</source>
        <translation>هدف %1: «%2».</translation>
    </message>
    <message>
        <source>You have not practised yet this week. Press Continue to start!</source>
        <translation>لم تتمرّن بعد هذا الأسبوع. اضغط «تابِع» لتبدأ!</translation>
    </message>
    <message numerus="yes">
        <source>You answered %n question(s) this week.</source>
        <translation><numerusform>لم تُجب عن أي سؤال هذا الأسبوع.</numerusform><numerusform>أجبت عن سؤال واحد هذا الأسبوع.</numerusform><numerusform>أجبت عن سؤالين هذا الأسبوع.</numerusform><numerusform>أجبت عن %n أسئلة هذا الأسبوع.</numerusform><numerusform>أجبت عن %n سؤالًا هذا الأسبوع.</numerusform><numerusform>أجبت عن %n سؤال هذا الأسبوع.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1</numerusform><numerusform>%1 ومهارة أخرى</numerusform><numerusform>%1 ومهارتان أخريان</numerusform><numerusform>%1 و%n مهارات أخرى</numerusform><numerusform>%1 و%n مهارة أخرى</numerusform><numerusform>%1 و%n مهارة أخرى</numerusform></translation>
    </message>
    <message>
        <source>You learned: %1!</source>
        <translation>تعلّمت: %1!</translation>
    </message>
    <message>
        <source>You worked on: %1.</source>
        <translation>تمرّنت على: %1.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>New goal</source>
        <translation>هدف جديد</translation>
    </message>
    <message>
        <source>Set a goal</source>
        <translation>ضع هدفًا</translation>
    </message>
    <message>
        <source>Set yourself a new goal</source>
        <translation>ضع لنفسك هدفًا جديدًا</translation>
    </message>
    <message>
        <source>I did it!</source>
        <translation>حقّقته!</translation>
    </message>
    <message>
        <source>I reached my goal</source>
        <translation>حقّقت هدفي</translation>
    </message>
    <message>
        <source>My goal, e.g. I want to add big numbers</source>
        <translation>هدفي، مثلًا: أريد أن أجمع أعدادًا كبيرة</translation>
    </message>
    <message>
        <source>Your goal, in your own words</source>
        <translation>هدفك، بكلماتك أنت</translation>
    </message>
    <message>
        <source>The skill that shows you reached it</source>
        <translation>المهارة التي تُظهر أنك حقّقته</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>I will tick it off myself</source>
        <translation>سأحدّد بنفسي متى أحقّقه</translation>
    </message>
    <message>
        <source>When I master: %1</source>
        <translation>عندما أتقن: %1</translation>
    </message>
    <message>
        <source>My goal: none yet. What do you want to learn?</source>
        <translation>هدفي: لا يوجد بعد. ماذا تريد أن تتعلّم؟</translation>
    </message>
    <message>
        <source>Goal reached: %1. Well done!</source>
        <translation>حقّقت هدفك: %1. أحسنت!</translation>
    </message>
    <message>
        <source>My goal: %1</source>
        <translation>هدفي: %1</translation>
    </message>
    <message>
        <source>%1 of %2 skills</source>
        <translation>المهارات: %1 من %2</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>هذا الأسبوع: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>غيّر</translation>
    </message>
    <message>
        <source>Change your goal</source>
        <translation>غيّر هدفك</translation>
    </message>
    <message>
        <source>By</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>I want to reach it by a date</source>
        <translation>أريد أن أحقّقه قبل تاريخ معيّن</translation>
    </message>
    <message>
        <source>The date you want to reach your goal by</source>
        <translation>التاريخ الذي تريد أن تحقّق هدفك قبله</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>احذف الهدف</translation>
    </message>
    <message>
        <source>Remove this goal</source>
        <translation>احذف هذا الهدف</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>احتفظ به</translation>
    </message>
    <message>
        <source>Yes, remove it</source>
        <translation>نعم، احذفه</translation>
    </message>
    <message>
        <source>My goal: %1 (by %2)</source>
        <translation>هدفي: %1 (قبل %2)</translation>
    </message>
    <message>
        <source>Remove your goal “%1”? You can set a new one any time.</source>
        <translation>هل تريد حذف هدفك «%1»؟ يمكنك أن تضع هدفًا جديدًا في أي وقت.</translation>
    </message>
</context>
<context>
    <name>ConfidenceRow</name>
    <message>
        <source>How sure were you?</source>
        <translation>ما مدى ثقتك بإجابتك؟</translation>
    </message>
    <message>
        <source>I guessed</source>
        <translation>خمّنت</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>لست متأكدًا</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>متأكد</translation>
    </message>
    <message>
        <source>How sure were you? %1</source>
        <translation>ما مدى ثقتك بإجابتك؟ %1</translation>
    </message>
    <message>
        <source>Thanks!</source>
        <translation>شكرًا!</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Type the school's name and the class's name first.</source>
        <translation>اكتب اسم المدرسة واسم الصف أولًا.</translation>
    </message>
    <message>
        <source>Starting the class hub…</source>
        <translation>جارٍ تشغيل خادم الصف…</translation>
    </message>
    <message>
        <source>Stopping the class hub…</source>
        <translation>جارٍ إيقاف خادم الصف…</translation>
    </message>
    <message>
        <source>Class hub address: %1</source>
        <translation>عنوان خادم الصف: %1</translation>
    </message>
    <message>
        <source>Enrolment code: %1</source>
        <translation>رمز التسجيل: %1</translation>
    </message>
    <message>
        <source>QR code of the address and the enrolment code</source>
        <translation>رمز QR للعنوان ورمز التسجيل</translation>
    </message>
    <message>
        <source>For %1 · %2. Valid for %3 days and %4 computers.</source>
        <translation>لـ %2 في %1. مدة الصلاحية بالأيام: %3، والحدّ الأقصى للحواسيب: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner computer(s) enrolled.</source>
        <translation><numerusform>لا توجد حواسيب متعلّمين مسجّلة.</numerusform><numerusform>سُجّل حاسوب واحد للمتعلّمين.</numerusform><numerusform>سُجّل حاسوبان للمتعلّمين.</numerusform><numerusform>سُجّلت %n حواسيب للمتعلّمين.</numerusform><numerusform>سُجّل %n حاسوبًا للمتعلّمين.</numerusform><numerusform>سُجّل %n حاسوب للمتعلّمين.</numerusform></translation>
    </message>
    <message>
        <source>The class hub is running. Press New code to show an enrolment code.</source>
        <translation>خادم الصف يعمل. اضغط «رمز جديد» لعرض رمز تسجيل.</translation>
    </message>
    <message>
        <source>Learner computers send their answers here, so your reports cover the whole class.</source>
        <translation>ترسل حواسيب المتعلّمين إجاباتها إلى هنا، فتشمل تقاريرك الصف كله.</translation>
    </message>
    <message>
        <source>Another program is using the class hub's port. Close it (or another Sabil) and try again.</source>
        <translation>برنامج آخر يستخدم منفذ خادم الصف. أغلقه (أو أغلق نسخة سبيل الأخرى) ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Please use names of at most 100 characters.</source>
        <translation>استخدم من فضلك أسماء لا تزيد على 100 حرف.</translation>
    </message>
    <message>
        <source>The class hub could not start. Try again, or restart the computer.</source>
        <translation>تعذّر تشغيل خادم الصف. حاول مرة أخرى، أو أعد تشغيل الحاسوب.</translation>
    </message>
    <message>
        <source>Looking for class hubs…</source>
        <translation>جارٍ البحث عن خوادم الصفوف…</translation>
    </message>
    <message>
        <source>Class hubs on this network:</source>
        <translation>خوادم الصفوف على هذه الشبكة:</translation>
    </message>
    <message>
        <source>Class hubs on this network (choose one):</source>
        <translation>خوادم الصفوف على هذه الشبكة (اختر واحدًا):</translation>
    </message>
    <message>
        <source>No class hub found on this network. Type its address.</source>
        <translation>لم يُعثر على خادم صف على هذه الشبكة. اكتب عنوانه.</translation>
    </message>
    <message>
        <source>Type the class hub's address and the enrolment code your teacher shows.</source>
        <translation>اكتب عنوان خادم الصف ورمز التسجيل الذي يعرضه المعلّم.</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>جارٍ الانضمام…</translation>
    </message>
    <message>
        <source>This computer now syncs with %1 · %2.</source>
        <translation>أصبح هذا الحاسوب يتزامن مع %2 في %1.</translation>
    </message>
    <message>
        <source>This code is not known, has expired or is used up. Ask your teacher for a new one.</source>
        <translation>هذا الرمز غير معروف أو انتهت صلاحيته أو استُنفد. اطلب رمزًا جديدًا من المعلّم.</translation>
    </message>
    <message>
        <source>The class hub could not be reached. Check the address and that the hub is running.</source>
        <translation>تعذّر الوصول إلى خادم الصف. تحقّق من العنوان ومن أن الخادم يعمل.</translation>
    </message>
    <message>
        <source>This is not the class hub of that code. Check the address and the whole code.</source>
        <translation>هذا ليس خادم الصف الخاص بهذا الرمز. تحقّق من العنوان ومن الرمز كاملًا.</translation>
    </message>
    <message>
        <source>This computer belongs to another school's hub. A teacher must remove it there first.</source>
        <translation>هذا الحاسوب تابع لخادم مدرسة أخرى. يجب أن يزيله معلّم من هناك أولًا.</translation>
    </message>
    <message>
        <source>This computer was removed from that class hub.</source>
        <translation>أُزيل هذا الحاسوب من خادم الصف ذاك.</translation>
    </message>
    <message>
        <source>Joining did not work. Check the address and the code, and try again.</source>
        <translation>لم ينجح الانضمام. تحقّق من العنوان والرمز ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>No USB stick found</source>
        <translation>لم يُعثر على ذاكرة USB</translation>
    </message>
    <message>
        <source>Choose where to save the answers</source>
        <translation>اختر مكان حفظ الإجابات</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved to %1. Take the stick to the class hub and load it there.</source>
        <translation>حُفظ في %1. خذ الذاكرة إلى خادم الصف وحمّلها هناك.</translation>
    </message>
    <message>
        <source>Choose the folder with the sync files</source>
        <translation>اختر المجلد الذي فيه ملفات المزامنة</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>There are no sync files for this computer on the stick.</source>
        <translation>لا توجد على الذاكرة ملفات مزامنة لهذا الحاسوب.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n answer(s).</source>
        <translation><numerusform>لم تُحمَّل أي إجابة.</numerusform><numerusform>حُمّلت إجابة واحدة.</numerusform><numerusform>حُمّلت إجابتان.</numerusform><numerusform>حُمّلت %n إجابات.</numerusform><numerusform>حُمّلت %n إجابة.</numerusform><numerusform>حُمّلت %n إجابة.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reply file(s) for the learner computers were written to the stick.</source>
        <translation><numerusform>لم يُكتب على الذاكرة أي ملف ردّ لحواسيب المتعلّمين.</numerusform><numerusform>كُتب على الذاكرة ملف ردّ واحد لحواسيب المتعلّمين.</numerusform><numerusform>كُتب على الذاكرة ملفّا ردّ لحواسيب المتعلّمين.</numerusform><numerusform>كُتبت على الذاكرة %n ملفات ردّ لحواسيب المتعلّمين.</numerusform><numerusform>كُتب على الذاكرة %n ملفًّا للردّ لحواسيب المتعلّمين.</numerusform><numerusform>كُتب على الذاكرة %n ملف ردّ لحواسيب المتعلّمين.</numerusform></translation>
    </message>
    <message>
        <source>These files were refused and changed nothing: %1</source>
        <translation>رُفضت هذه الملفات ولم تغيّر شيئًا: %1</translation>
    </message>
    <message>
        <source>Join a class hub once first: the hub must know this computer.</source>
        <translation>انضمّ إلى خادم صف مرة واحدة أولًا: يجب أن يعرف الخادم هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The file could not be written. Is the stick full or read-only?</source>
        <translation>تعذّرت كتابة الملف. هل الذاكرة ممتلئة أو للقراءة فقط؟</translation>
    </message>
    <message>
        <source>That did not work. Try again, or try another stick.</source>
        <translation>لم ينجح ذلك. حاول مرة أخرى، أو جرّب ذاكرة أخرى.</translation>
    </message>
    <message>
        <source>Class hub on this computer</source>
        <translation>خادم الصف على هذا الحاسوب</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Start class hub</source>
        <translation>شغّل خادم الصف</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop the class hub</source>
        <translation>إيقاف خادم الصف</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>رمز جديد</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <source>Join a class hub</source>
        <translation>الانضمام إلى خادم صف</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>ابحث مرة أخرى</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>انضمّ</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>ذاكرة USB</translation>
    </message>
    <message>
        <source>Save answers to a USB stick</source>
        <translation>حفظ الإجابات على ذاكرة USB</translation>
    </message>
    <message>
        <source>Load from a USB stick</source>
        <translation>تحميل من ذاكرة USB</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
</context>
<context>
    <name>DistrictBox</name>
    <message>
        <source>District server</source>
        <translation>خادم المنطقة التعليمية</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Connect this class hub to the district server</source>
        <translation>ربط خادم الصف هذا بخادم المنطقة التعليمية</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>أرسل الآن</translation>
    </message>
    <message>
        <source>Send the school's answers to the district server now</source>
        <translation>أرسل إجابات المدرسة إلى خادم المنطقة التعليمية الآن</translation>
    </message>
    <message>
        <source>Send this school's answers to the district server: type its address and the code the district gave you.</source>
        <translation>أرسل إجابات هذه المدرسة إلى خادم المنطقة التعليمية: اكتب عنوانه والرمز الذي أعطتك إياه المنطقة.</translation>
    </message>
    <message>
        <source>Type the district server's address and the code the district gave you.</source>
        <translation>اكتب عنوان خادم المنطقة التعليمية والرمز الذي أعطتك إياه المنطقة.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Connected to %1 at</source>
        <translation>متصل بـ %1 على العنوان</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Sent to the district %1</source>
        <translation>أُرسلت إلى المنطقة التعليمية %1</translation>
    </message>
    <message>
        <source>Not sent to the district yet</source>
        <translation>لم يُرسل شيء إلى المنطقة التعليمية بعد</translation>
    </message>
    <message>
        <source>everything sent</source>
        <translation>أُرسل كل شيء</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) waiting</source>
        <translation><numerusform>لا إجابات في الانتظار</numerusform><numerusform>إجابة واحدة في الانتظار</numerusform><numerusform>إجابتان في الانتظار</numerusform><numerusform>%n إجابات في الانتظار</numerusform><numerusform>%n إجابة في الانتظار</numerusform><numerusform>%n إجابة في الانتظار</numerusform></translation>
    </message>
    <message>
        <source>The district must give this hub a new code</source>
        <translation>يجب أن تعطي المنطقة التعليمية هذا الخادم رمزًا جديدًا</translation>
    </message>
    <message>
        <source>The district server refused learners of another school</source>
        <translation>رفض خادم المنطقة التعليمية متعلّمين من مدرسة أخرى</translation>
    </message>
    <message>
        <source>The district server could not be reached; Sabil will try again</source>
        <translation>تعذّر الوصول إلى خادم المنطقة التعليمية؛ سيحاول سبيل مرة أخرى</translation>
    </message>
    <message>
        <source>The last send did not complete; Sabil will try again</source>
        <translation>لم يكتمل الإرسال الأخير؛ سيحاول سبيل مرة أخرى</translation>
    </message>
    <message>
        <source>This code is not known, has expired or is used up. Ask the district for a new one.</source>
        <translation>هذا الرمز غير معروف أو انتهت صلاحيته أو استُنفد. اطلب رمزًا جديدًا من المنطقة التعليمية.</translation>
    </message>
    <message>
        <source>The district server could not be reached. Check the address.</source>
        <translation>تعذّر الوصول إلى خادم المنطقة التعليمية. تحقّق من العنوان.</translation>
    </message>
    <message>
        <source>This is not the district server of that code. Check the address and the whole code.</source>
        <translation>هذا ليس خادم المنطقة التعليمية الخاص بهذا الرمز. تحقّق من العنوان ومن الرمز كاملًا.</translation>
    </message>
    <message>
        <source>This hub belongs to another school on that server.</source>
        <translation>ينتمي خادم الصف هذا إلى مدرسة أخرى على خادم المنطقة التعليمية.</translation>
    </message>
    <message>
        <source>Connecting did not work. Check the address and the code, and try again.</source>
        <translation>لم ينجح الاتصال. تحقّق من العنوان والرمز ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>TimeAgo</name>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation><numerusform>منذ أقل من دقيقة</numerusform><numerusform>منذ دقيقة</numerusform><numerusform>منذ دقيقتين</numerusform><numerusform>منذ %n دقائق</numerusform><numerusform>منذ %n دقيقة</numerusform><numerusform>منذ %n دقيقة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation><numerusform>منذ أقل من ساعة</numerusform><numerusform>منذ ساعة</numerusform><numerusform>منذ ساعتين</numerusform><numerusform>منذ %n ساعات</numerusform><numerusform>منذ %n ساعة</numerusform><numerusform>منذ %n ساعة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>منذ أقل من يوم</numerusform><numerusform>منذ يوم</numerusform><numerusform>منذ يومين</numerusform><numerusform>منذ %n أيام</numerusform><numerusform>منذ %n يومًا</numerusform><numerusform>منذ %n يوم</numerusform></translation>
    </message>
</context>
</TS>