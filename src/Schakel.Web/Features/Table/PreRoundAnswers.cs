using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

/// <summary>The pre-round answers about one person on the agenda.</summary>
public sealed record SubjectAnswers(Subject Subject, IReadOnlyList<PreRoundAnswer> Answers);

/// <summary>What <c>_PreRoundAnswers.cshtml</c> shows: per person who answered what, from which organisation.</summary>
public sealed record PreRoundAnswersView(IReadOnlyList<SubjectAnswers> Subjects, string HeadingId = "voorronde-antwoorden", int Level = 2);

public static class PreRoundAnswerQueries
{
    public static async Task<PreRoundAnswersView> ForAsync(SchakelDb db, int meetingId, IReadOnlyList<Subject> subjects, string headingId, int level, CancellationToken ct)
    {
        var ids = subjects.Select(s => s.Id).ToList();
        var answers = await db.Set<PreRoundAnswer>().AsNoTracking().Where(a => a.MeetingId == meetingId && ids.Contains(a.SubjectId))
            .OrderBy(a => a.Answerer).ToListAsync(ct);
        return new PreRoundAnswersView(subjects.Select(s => new SubjectAnswers(s, answers.Where(a => a.SubjectId == s.Id).ToList())).ToList(), headingId, level);
    }
}

/// <summary>
/// The pre-round answers beside the decision form. Members only, like the pre-round itself: the page that invokes it has
/// checked that already, the component checks again so it cannot be placed where others read.
/// </summary>
public sealed class PreRoundAnswersViewComponent(SchakelDb db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(TableMeeting meeting, IReadOnlyList<Subject> subjects)
    {
        if (subjects.Count == 0 || !await HttpContext.Guard().AllowsAsync(HttpContext.User, meeting, TableOperations.Attend))
        {
            return Content("");
        }
        var view = await PreRoundAnswerQueries.ForAsync(db, meeting.Id, subjects, "voorronde-antwoorden", 2, HttpContext.RequestAborted);
        return View("~/Features/Table/_PreRoundAnswers.cshtml", view);
    }
}
