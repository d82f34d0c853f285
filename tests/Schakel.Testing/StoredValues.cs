using System.Linq.Expressions;
using System.Reflection;

namespace Schakel.Testing;

/// <summary>
/// Test data that stands for rows already in the database (figures of past years, a signal past its retention period)
/// sets its lifecycle fields the way a load from the database does: past the aggregate's guarded steps, which would
/// also write timelines and raise events the test is not about.
/// </summary>
public static class StoredValues
{
    public static T Stored<T, TValue>(this T entity, Expression<Func<T, TValue>> property, TValue value) where T : class
    {
        var member = property.Body is MemberExpression { Member: PropertyInfo info } ? info
            : throw new ArgumentException("Name a property, e.g. s => s.Status.", nameof(property));
        member.SetValue(entity, value);
        return entity;
    }
}
