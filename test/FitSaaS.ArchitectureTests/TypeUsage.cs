using System.Reflection;
using System.Reflection.Emit;

namespace FitSaaS.ArchitectureTests;

/// <summary>
/// The types a type uses, read by reflection: its base type and interfaces, attributes, fields, properties, events, method
/// and constructor signatures, local variables, and every type, method and field token of its method bodies (IL). Constants
/// are inlined by the compiler and invisible here; <see cref="ModuleDependencyTests"/> reads the <c>using</c> directives for them.
/// </summary>
internal static class TypeUsage
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> s_opCodes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Every type <paramref name="type"/> uses (generic arguments, arrays and by-refs unwrapped).</summary>
    public static IReadOnlySet<Type> Of(Type type)
    {
        var used = new HashSet<Type>();
        Add(used, type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(used, i);
        }

        AddAttributes(used, type.GetCustomAttributesData());
        foreach (var field in type.GetFields(Declared))
        {
            Add(used, field.FieldType);
            AddAttributes(used, field.GetCustomAttributesData());
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Add(used, property.PropertyType);
            AddAttributes(used, property.GetCustomAttributesData());
        }

        foreach (var e in type.GetEvents(Declared))
        {
            Add(used, e.EventHandlerType);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            AddMethod(used, method);
        }

        used.Remove(type);
        return used;
    }

    private static void AddMethod(HashSet<Type> used, MethodBase method)
    {
        if (method is MethodInfo info)
        {
            Add(used, info.ReturnType);
        }

        foreach (var parameter in method.GetParameters())
        {
            Add(used, parameter.ParameterType);
            AddAttributes(used, parameter.GetCustomAttributesData());
        }

        AddAttributes(used, method.GetCustomAttributesData());
        MethodBody? body;
        try
        {
            body = method.GetMethodBody();
        }
        catch (InvalidOperationException)
        {
            return;
        }

        if (body is null)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            Add(used, local.LocalType);
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method is MethodInfo { IsGenericMethod: true } generic ? generic.GetGenericArguments() : null;
        for (var position = 0; position < il.Length;)
        {
            OpCode opCode;
            if (il[position] == 0xFE)
            {
                opCode = s_opCodes[unchecked((short)(0xFE00 | il[position + 1]))];
                position += 2;
            }
            else
            {
                opCode = s_opCodes[il[position]];
                position++;
            }

            switch (opCode.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok:
                    AddToken(used, method.Module, BitConverter.ToInt32(il, position), typeArguments, methodArguments);
                    position += 4;
                    break;
                case OperandType.InlineSwitch:
                    position += 4 + (4 * BitConverter.ToInt32(il, position));
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    position += 1;
                    break;
                case OperandType.InlineVar:
                    position += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    position += 8;
                    break;
                default:
                    position += 4;
                    break;
            }
        }
    }

    private static void AddToken(HashSet<Type> used, Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        MemberInfo? member;
        try
        {
            member = module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return;
        }

        switch (member)
        {
            case Type t:
                Add(used, t);
                break;
            case FieldInfo f:
                Add(used, f.DeclaringType);
                Add(used, f.FieldType);
                break;
            case MethodInfo m:
                Add(used, m.DeclaringType);
                Add(used, m.ReturnType);
                foreach (var argument in m.IsGenericMethod ? m.GetGenericArguments() : [])
                {
                    Add(used, argument);
                }

                foreach (var parameter in m.GetParameters())
                {
                    Add(used, parameter.ParameterType);
                }

                break;
            case ConstructorInfo c:
                Add(used, c.DeclaringType);
                break;
        }
    }

    private static void AddAttributes(HashSet<Type> used, IEnumerable<CustomAttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            Add(used, attribute.AttributeType);
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(n => n.TypedValue)))
            {
                if (argument.Value is Type t)
                {
                    Add(used, t);
                }
                else if (argument.Value is IEnumerable<CustomAttributeTypedArgument> items)
                {
                    foreach (var item in items.Select(i => i.Value).OfType<Type>())
                    {
                        Add(used, item);
                    }
                }
            }
        }
    }

    private static void Add(HashSet<Type> used, Type? type)
    {
        while (type is not null && type.HasElementType)
        {
            type = type.GetElementType();
        }

        if (type is null || type.IsGenericParameter)
        {
            return;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Add(used, argument);
            }

            type = type.GetGenericTypeDefinition();
        }

        used.Add(type);
    }
}
