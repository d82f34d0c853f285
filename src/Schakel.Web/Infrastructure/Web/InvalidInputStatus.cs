using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Infrastructure.Web;

/// <summary>
/// A form shown again with validation messages answers 400, not 200, so clients, proxies and monitoring see refused
/// input as refused. The page itself (with the user's input and the Dutch messages) is the body; a page that already
/// chose a status (409 for a stale save) keeps it.
/// </summary>
public sealed class InvalidInputStatus : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        // Only a submitted form: a GET's filter values are corrected on the page, not refused.
        if (context.Result is PageResult { StatusCode: null } page && !context.ModelState.IsValid
            && HttpMethods.IsPost(context.HttpContext.Request.Method)
            && context.HttpContext.Response.StatusCode == StatusCodes.Status200OK)
        {
            page.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public void OnResultExecuted(ResultExecutedContext context) { }
}
