using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Schakel.UnitTests.Architecture;

/// <summary>
/// Every reference from one Schakel type to another, read from the compiled assemblies: signatures, attributes,
/// method bodies and the compiled Razor views. Nested and compiler-generated types (lambdas, async state machines)
/// count as the type that declares them, and a view counts as the feature folder it lives in.
/// </summary>
public sealed class TypeDependencies
{
    private const string ViewNamespace = "AspNetCoreGeneratedDocument";

    private TypeDependencies(IReadOnlyDictionary<string, IReadOnlySet<string>> edges) => Edges = edges;

    /// <summary>From a type's full name (views as <c>Schakel.Web.Features.X.Views.Name</c>) to the Schakel types it uses.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Edges { get; }

    public static TypeDependencies Load(params Type[] anchors)
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var anchor in anchors)
        {
            using var module = ModuleDefinition.ReadModule(anchor.Assembly.Location);
            foreach (var type in module.GetTypes())
            {
                var from = NameOf(type);
                if (from is null)
                {
                    continue;
                }
                if (!edges.TryGetValue(from, out var to))
                {
                    to = new HashSet<string>(StringComparer.Ordinal);
                    edges[from] = to;
                }
                foreach (var used in Used(type).SelectMany(Expand))
                {
                    if (NameOf(used) is { } name && name != from)
                    {
                        to.Add(name);
                    }
                }
            }
        }
        return new TypeDependencies(edges.ToDictionary(e => e.Key, e => (IReadOnlySet<string>)e.Value, StringComparer.Ordinal));
    }

    /// <summary>The Schakel name of a type reference, or null for anything outside Schakel.</summary>
    private static string? NameOf(TypeReference type)
    {
        while (type is TypeSpecification spec)
        {
            type = spec.ElementType;
        }
        if (type is GenericParameter)
        {
            return null;
        }
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }
        if (type.Namespace == ViewNamespace)
        {
            // Razor names a view after its path: Features_Signals_Detail is Features/Signals/Detail.cshtml.
            var parts = type.Name.Split('_');
            return parts.Length > 2 && parts[0] == "Features" ? $"Schakel.Web.Features.{parts[1]}.Views.{type.Name}" : null;
        }
        return type.Namespace.StartsWith("Schakel.", StringComparison.Ordinal) ? type.FullName : null;
    }

    private static IEnumerable<TypeReference> Used(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }
        foreach (var i in type.Interfaces)
        {
            yield return i.InterfaceType;
        }
        foreach (var t in AttributeTypes(type.CustomAttributes))
        {
            yield return t;
        }
        foreach (var f in type.Fields)
        {
            yield return f.FieldType;
            foreach (var t in AttributeTypes(f.CustomAttributes))
            {
                yield return t;
            }
        }
        foreach (var p in type.Properties)
        {
            yield return p.PropertyType;
            foreach (var t in AttributeTypes(p.CustomAttributes))
            {
                yield return t;
            }
        }
        foreach (var m in type.Methods)
        {
            foreach (var t in Used(m))
            {
                yield return t;
            }
        }
    }

    private static IEnumerable<TypeReference> Used(MethodDefinition method)
    {
        yield return method.ReturnType;
        foreach (var p in method.Parameters)
        {
            yield return p.ParameterType;
            foreach (var t in AttributeTypes(p.CustomAttributes))
            {
                yield return t;
            }
        }
        foreach (var t in AttributeTypes(method.CustomAttributes))
        {
            yield return t;
        }
        if (!method.HasBody)
        {
            yield break;
        }
        foreach (var v in method.Body.Variables)
        {
            yield return v.VariableType;
        }
        foreach (var instruction in method.Body.Instructions)
        {
            foreach (var t in Operand(instruction))
            {
                yield return t;
            }
        }
    }

    private static IEnumerable<TypeReference> Operand(Instruction instruction)
    {
        switch (instruction.Operand)
        {
            case TypeReference t:
                yield return t;
                break;
            case MethodReference m:
                yield return m.DeclaringType;
                yield return m.ReturnType;
                foreach (var p in m.Parameters)
                {
                    yield return p.ParameterType;
                }
                if (m is GenericInstanceMethod g)
                {
                    foreach (var a in g.GenericArguments)
                    {
                        yield return a;
                    }
                }
                break;
            case FieldReference f:
                yield return f.DeclaringType;
                yield return f.FieldType;
                break;
        }
    }

    /// <summary>A type with the types it is made of: <c>List&lt;SignalRow&gt;[]</c> uses SignalRow too.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference? type)
    {
        if (type is null)
        {
            yield break;
        }
        yield return type;
        if (type is GenericInstanceType generic)
        {
            foreach (var argument in generic.GenericArguments.SelectMany(Expand))
            {
                yield return argument;
            }
        }
        if (type is TypeSpecification spec)
        {
            foreach (var element in Expand(spec.ElementType))
            {
                yield return element;
            }
        }
    }

    private static IEnumerable<TypeReference> AttributeTypes(IEnumerable<CustomAttribute> attributes)
    {
        foreach (var a in attributes)
        {
            yield return a.AttributeType;
            foreach (var arg in a.ConstructorArguments.Concat(a.Properties.Select(p => p.Argument)))
            {
                if (arg.Value is TypeReference t)
                {
                    yield return t;
                }
            }
        }
    }
}
