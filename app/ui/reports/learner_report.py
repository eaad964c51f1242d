"""One learner's report: progress over time (a chart), time on task, the skills being forgotten and
what blocks the next skills, from the learner model rather than counts of right answers."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QSizePolicy, QVBoxLayout, QWidget

from app.services.reports.csv_export import Table, learner_skills_table, learner_weeks_table
from app.services.reports.dto import FADING, BlockingSkill, LearnerProgress
from app.ui.locale_text import joined, parts_joined
from app.ui.reports import report_format as fmt
from app.ui.reports.progress_chart import ProgressChart
from app.ui.reports.report_export import heading, html_document, html_table, paragraph
from app.ui.reports.report_view import Printable, ReportView
from app.ui.reports.state_style import LEGEND_ORDER, state_name
from app.ui.titles import localized
from app.ui.worker import ServiceWorker
from app.ui.wrapped_text import wrap_inside

CHART_IMAGE = (1200, 520)  # pixels of the chart drawn for a printed report
CHART_WIDTH_IN_DOCUMENT = 560  # its width on paper, in document units (about 15 cm on A4)
CHART_IMAGE_POINTS = 20  # the chart's labels, big enough to read once it is scaled down
CHART_RESOURCE = "sabil-progress-chart.png"


def _learners_in(services: object, learner_ids: tuple[str, ...] | None) -> list[object]:
    """The learner profiles of the list shown (everyone when None), alphabetical."""
    everyone = services.learners.list()
    if learner_ids is None:
        return everyone
    wanted = set(learner_ids)
    return [learner for learner in everyone if learner.id in wanted]


class LearnerReport(ReportView):
    """Choose a learner; see their weeks, time on task, forgetting and blockers."""

    def __init__(self, worker: ServiceWorker, services: object, parent: QWidget | None = None) -> None:
        super().__init__(worker, services, parent)
        self._chosen: str | None = None
        self.learner = QComboBox()
        self.learner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.learner.setMinimumContentsLength(14)
        self.learner.activated.connect(self._learner_activated)
        self.summary = self._numbers_label()
        self.states = self._numbers_label()
        self.states.setObjectName("note")
        self.chart = ProgressChart()
        self.forgetting_heading = QLabel()
        self.forgetting_heading.setObjectName("subheading")
        self.forgetting = QListWidget()
        self.blocked_heading = QLabel()
        self.blocked_heading.setObjectName("subheading")
        self.blocked = QListWidget()
        for box in (self.forgetting, self.blocked):
            box.setWordWrap(True)
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)

        top = QHBoxLayout()
        top.addWidget(self.learner)
        numbers = QVBoxLayout()
        numbers.setSpacing(0)
        numbers.addWidget(self.summary)
        numbers.addWidget(self.states)
        top.addLayout(numbers, 1)
        lists = QVBoxLayout()
        lists.setSpacing(2)
        lists.addWidget(self.forgetting_heading)
        lists.addWidget(self.forgetting, 1)
        lists.addWidget(self.blocked_heading)
        lists.addWidget(self.blocked, 1)
        body = QHBoxLayout()
        body.addWidget(self.chart, 5)
        body.addLayout(lists, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.retranslate()

    @staticmethod
    def _numbers_label() -> QLabel:
        """A wrapped line of numbers whose lines stay inside it in Arabic too (``wrap_inside``)."""
        label = wrap_inside(QLabel())
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def title(self) -> str:
        return self.tr("One learner")

    def file_stem(self) -> str:
        report = self.report
        if isinstance(report, LearnerProgress):
            safe = "".join(c if c.isalnum() else "-" for c in report.learner.display_name).strip("-")
            return f"learner-{safe or report.learner.id}"
        return "learner"

    def retranslate(self) -> None:
        self.learner.setAccessibleName(self.tr("Learner shown"))
        self.forgetting_heading.setText(self.tr("Being forgotten"))
        self.blocked_heading.setText(self.tr("What blocks the next skills"))
        self.forgetting.setAccessibleName(self.tr("Skills this learner is forgetting"))
        self.blocked.setAccessibleName(self.tr("Skills this learner could learn next and what stands in the way"))

    # -- choosing the learner --------------------------------------------------------------------

    def choose(self, learner_id: str) -> None:
        """Show ``learner_id`` at the next load (a name clicked in another report)."""
        self._chosen = learner_id

    def _learner_activated(self, _index: int) -> None:
        self._chosen = self.learner.currentData()
        self.load(self.pack_id, self.learner_ids, self.language)

    def _request(self, pack_id: str | None, learner_ids: tuple[str, ...] | None) -> object:
        services = self._services
        chosen = self._chosen

        def fetch() -> tuple[list[object], LearnerProgress | None]:
            learners = _learners_in(services, learner_ids)
            ids = [learner.id for learner in learners]
            learner_id = chosen if chosen in ids else (ids[0] if ids else None)
            if learner_id is None:
                return learners, None
            return learners, services.reports.learner_progress(learner_id, pack_id)

        return fetch

    def _arrived(self, generation: int, report: object) -> None:
        learners, progress = report
        if generation == self._generation:
            self.learner.blockSignals(True)
            self.learner.clear()
            for profile in learners:
                self.learner.addItem(profile.display_name, profile.id)
            if progress is not None:
                self.learner.setCurrentIndex(self.learner.findData(progress.learner.id))
                self._chosen = progress.learner.id
            self.learner.blockSignals(False)
        super()._arrived(generation, progress)

    # -- showing ---------------------------------------------------------------------------------

    def _show(self, report: object) -> None:
        language = self.language
        self.forgetting.clear()
        self.blocked.clear()
        if not isinstance(report, LearnerProgress):
            self.summary.setText(self.tr("There are no learners in this list yet."))
            self.states.setText("")
            self.chart.set_progress((), 1, language)
            return
        self.summary.setText(self.summary_text(report))
        self.states.setText(parts_joined(
            (f"{state_name(s)}: {fmt.number(report.state_counts.get(s, 0), language)}" for s in LEGEND_ORDER), language
        ))
        self.chart.set_progress(report.weeks, report.skills, language)
        for line in self.forgetting_lines(report):
            self.forgetting.addItem(line)
        if not report.forgetting and not report.fading_soon:
            self.forgetting.addItem(self.tr("Nothing is being forgotten."))
        for line in self.blocked_lines(report):
            self.blocked.addItem(line)

    def summary_text(self, report: LearnerProgress) -> str:
        """Answers, share right, time on task, sessions and days, last active."""
        language = self.language
        right = report.correct / report.attempts if report.attempts else None
        return parts_joined([
            fmt.counted(self.tr("%n answer(s)", "", report.attempts), language),
            self.tr("%1 right").replace("%1", fmt.percent(right, language)),
            self.tr("time on task %1").replace("%1", fmt.duration(report.time_on_task_minutes, language)),
            fmt.counted(self.tr("%n session(s)", "", report.sessions), language),
            fmt.counted(self.tr("on %n day(s)", "", report.active_days), language),
            self.tr("last active %1").replace("%1", fmt.days_ago(report.last_active, report.generated_at, language)),
        ], language)

    def forgetting_lines(self, report: LearnerProgress) -> list[str]:
        """A line per skill being forgotten (lowest recall first), then those fading within a week."""
        language = self.language
        # The skill's title goes in last: a title's own "%2" or digits stay as the pack wrote them.
        lines = [
            self.tr("%1: recall %2, last practised %3")
            .replace("%2", fmt.percent(f.recall, language))
            .replace("%3", fmt.counted(self.tr("%n day(s) ago", "", int(f.days_since_review)), language))
            .replace("%1", localized(f.title, language))
            for f in report.forgetting
        ]
        lines += [
            self.tr("%1: will need a review soon (recall %2)")
            .replace("%2", fmt.percent(f.recall, language))
            .replace("%1", localized(f.title, language))
            for f in report.fading_soon
        ]
        return lines

    def blocked_lines(self, report: LearnerProgress) -> list[str]:
        """A line per blocked next skill with what is missing, then the skills ready to learn."""
        language = self.language
        lines = []
        for skill in report.blocked:
            needs = joined(
                (f"{localized(b.title, language)} ({joined((state_name(b.state), self._strength(b)), language)})" for b in skill.blocked_by),
                language,
            )
            lines.append(self.tr("%1 needs: %2").replace("%1", localized(skill.title, language)).replace("%2", needs))
        if report.ready:
            ready = joined((localized(s.title, language) for s in report.ready), language)
            lines.append(self.tr("Ready to learn: %1").replace("%1", ready))
        if not lines:
            lines.append(self.tr("Nothing is blocked."))
        return lines

    def _strength(self, blocker: BlockingSkill) -> str:
        """How strong a blocking prerequisite is: its recall when it is being forgotten (its estimate
        says it was mastered, which is not the point), else the mastery estimate."""
        if blocker.state == FADING and blocker.recall is not None:
            return self.tr("recall %1").replace("%1", fmt.percent(blocker.recall, self.language))
        return fmt.percent(blocker.p_known, self.language)

    # -- export ----------------------------------------------------------------------------------

    def csv_table(self) -> Table | None:
        report = self.report
        if not isinstance(report, LearnerProgress):
            return None
        weeks_header, week_rows = learner_weeks_table(report)
        skills_header, skill_rows = learner_skills_table(report, self.language)
        # One file: the weeks, then the skills needing attention; the first column says which part.
        header = ("part", *weeks_header, *skills_header)
        width = len(weeks_header) + len(skills_header)
        rows = [("week", *row, *([""] * len(skills_header))) for row in week_rows]
        rows += [("skill", *([""] * len(weeks_header)), *row) for row in skill_rows]
        assert all(len(row) == width + 1 for row in rows)
        return header, rows

    def printable(self) -> Printable | None:
        report = self.report
        if not isinstance(report, LearnerProgress):
            return None
        language = self.language
        facts = fmt.facts(localized(report.pack_title, language), None, report.generated_at, language)
        chart = f'<p><img src="{CHART_RESOURCE}" width="{CHART_WIDTH_IN_DOCUMENT}"></p>'
        weeks = [
            [fmt.short_date(w.week_start, language), fmt.number(w.attempts, language),
             fmt.percent(w.correct / w.attempts if w.attempts else None, language),
             fmt.duration(w.minutes, language), fmt.number(w.mastered_total, language)]
            for w in report.weeks
        ]
        sections = [
            paragraph(self.summary_text(report)),
            paragraph(self.states.text()),
            chart,
            heading(self.tr("Being forgotten")),
            *(paragraph(line) for line in self.forgetting_lines(report) or [self.tr("Nothing is being forgotten.")]),
            heading(self.tr("What blocks the next skills")),
            *(paragraph(line) for line in self.blocked_lines(report)),
            heading(self.tr("Week by week")),
            html_table(
                [self.tr("Week of"), self.tr("Answers"), self.tr("Right"), self.tr("Time on task"), self.tr("Skills mastered")],
                weeks,
            ),
        ]
        title = f"{self.title()}: {report.learner.display_name}"
        images = {CHART_RESOURCE: self.chart.image(*CHART_IMAGE, point_size=CHART_IMAGE_POINTS)}
        return Printable(title, html_document(title, facts, sections, language), images=images)
