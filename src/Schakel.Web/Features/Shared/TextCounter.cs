namespace Schakel.Web.Features.Shared;

/// <summary>
/// The length hint of a long text field ("Maximaal N tekens"), rendered by <c>_TextCounter.cshtml</c> with id
/// <c>{FieldId}-count</c> for the field's aria-describedby; <c>js/forms.js</c> turns it into a live "nog N tekens".
/// </summary>
public sealed record TextCounter(string FieldId, int Max)
{
    public string Id => FieldId + "-count";
}
