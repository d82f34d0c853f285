using System.Globalization;
using System.Linq.Expressions;

namespace Schakel.Web.Infrastructure.Audit;

/// <summary>
/// The persons an audit entry concerns, stored as ",12,34," so "does this entry concern person 12" is a plain LIKE
/// on both database providers.
/// </summary>
public static class AuditSubjects
{
    public static string? Format(IEnumerable<int>? subjectIds)
    {
        var ids = subjectIds?.Distinct().Order().ToList();
        return ids is null || ids.Count == 0 ? null : "," + string.Join(",", ids.Select(i => i.ToString(CultureInfo.InvariantCulture))) + ",";
    }

    /// <summary>Entries that name any of the given persons.</summary>
    public static Expression<Func<AuditEntry, bool>> ConcernAny(IReadOnlyCollection<int> subjectIds)
    {
        var entry = Expression.Parameter(typeof(AuditEntry), "e");
        var column = Expression.Property(entry, nameof(AuditEntry.SubjectIds));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression body = Expression.Constant(false);
        foreach (var id in subjectIds.Distinct())
        {
            var token = Expression.Constant("," + id.ToString(CultureInfo.InvariantCulture) + ",");
            var match = Expression.AndAlso(Expression.NotEqual(column, Expression.Constant(null, typeof(string))), Expression.Call(column, contains, token));
            body = Expression.OrElse(body, match);
        }
        return Expression.Lambda<Func<AuditEntry, bool>>(body, entry);
    }

    public static Expression<Func<AuditEntry, bool>> Or(Expression<Func<AuditEntry, bool>> left, Expression<Func<AuditEntry, bool>> right)
    {
        var body = Microsoft.EntityFrameworkCore.Query.ReplacingExpressionVisitor.Replace(right.Parameters[0], left.Parameters[0], right.Body);
        return Expression.Lambda<Func<AuditEntry, bool>>(Expression.OrElse(left.Body, body), left.Parameters);
    }
}
