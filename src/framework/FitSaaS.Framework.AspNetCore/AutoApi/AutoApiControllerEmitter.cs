using System.Reflection;
using System.Reflection.Emit;
using FitSaaS.Framework.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FitSaaS.Framework.AspNetCore.AutoApi;

// MVC only activates classes, and the application-service pipeline lives in the interface proxy, so
// each contract gets a thin emitted controller whose actions call the proxied interface. There is no
// library for this here (ABP uses Castle class proxies); see docs/decisions/0003-auto-api-controllers.md.

/// <summary>
/// Emits one sealed controller class per application-service contract: a constructor taking the
/// contract (resolved from DI, so through the interception pipeline) and one action per contract
/// method that forwards its arguments, with the route, HTTP method and binding attributes of
/// <see cref="HttpApiConventions"/>.
/// </summary>
public sealed class AutoApiControllerEmitter
{
    private readonly ModuleBuilder _module;

    /// <summary>Creates an emitter with its own collectible-free dynamic assembly.</summary>
    public AutoApiControllerEmitter()
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("FitSaaS.AutoApiControllers"), AssemblyBuilderAccess.Run);
        _module = assembly.DefineDynamicModule("FitSaaS.AutoApiControllers");
    }

    /// <summary>Emits the controller for <paramref name="serviceInterface"/>.</summary>
    public Type Emit(Type serviceInterface)
    {
        ArgumentNullException.ThrowIfNull(serviceInterface);
        var typeName = $"FitSaaS.AutoApi.{serviceInterface.Namespace}.{serviceInterface.Name[1..]}Controller";
        var type = _module.DefineType(typeName, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(ControllerBase));
        type.SetCustomAttribute(new CustomAttributeBuilder(typeof(ApiControllerAttribute).GetConstructor(Type.EmptyTypes)!, []));
        type.SetCustomAttribute(Attribute<AutoApiControllerAttribute>([serviceInterface]));

        var field = type.DefineField("_service", serviceInterface, FieldAttributes.Private | FieldAttributes.InitOnly);
        var ctor = type.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, [serviceInterface]);
        ctor.DefineParameter(1, ParameterAttributes.None, "service");
        var il = ctor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, typeof(ControllerBase).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public, Type.EmptyTypes)!);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Stfld, field);
        il.Emit(OpCodes.Ret);

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var method in HttpApiConventions.GetActionMethods(serviceInterface))
        {
            EmitAction(type, field, serviceInterface, method, names);
        }

        return type.CreateType();
    }

    private static void EmitAction(TypeBuilder type, FieldInfo field, Type serviceInterface, MethodInfo method, HashSet<string> names)
    {
        var action = HttpApiConventions.GetAction(serviceInterface, method);
        var parameters = method.GetParameters();
        var name = method.Name;
        for (var i = 2; !names.Add(name); i++)
        {
            name = method.Name + i;
        }

        var builder = type.DefineMethod(name, MethodAttributes.Public | MethodAttributes.HideBySig, method.ReturnType, parameters.Select(p => p.ParameterType).ToArray());
        builder.SetCustomAttribute(HttpMethodAttribute(action));
        builder.SetCustomAttribute(Attribute<ActionNameAttribute>([method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name[..^5] : method.Name]));
        var nullability = new NullabilityInfoContext();
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = builder.DefineParameter(i + 1, ParameterAttributes.None, parameters[i].Name);
            var binding = action.Parameters[i].Source switch
            {
                HttpApiBindingSource.Route => Attribute<FromRouteAttribute>([]),
                HttpApiBindingSource.Query => Attribute<FromQueryAttribute>([]),
                // A body the contract declares nullable (T? input) may be left out: the request needs no body then.
                HttpApiBindingSource.Body when nullability.Create(parameters[i]).ReadState == NullabilityState.Nullable =>
                    Attribute<FromBodyAttribute>([], [(nameof(FromBodyAttribute.EmptyBodyBehavior), EmptyBodyBehavior.Allow)]),
                HttpApiBindingSource.Body => Attribute<FromBodyAttribute>([]),
                _ => null,
            };
            if (binding is not null)
            {
                parameter.SetCustomAttribute(binding);
            }
        }

        var il = builder.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, field);
        for (var i = 1; i <= parameters.Length; i++)
        {
            il.Emit(OpCodes.Ldarg, i);
        }

        il.Emit(OpCodes.Callvirt, method);
        il.Emit(OpCodes.Ret);
    }

    private static CustomAttributeBuilder HttpMethodAttribute(HttpApiAction action)
    {
        var attributeType = action.HttpMethod switch
        {
            "GET" => typeof(HttpGetAttribute),
            "PUT" => typeof(HttpPutAttribute),
            "DELETE" => typeof(HttpDeleteAttribute),
            "PATCH" => typeof(HttpPatchAttribute),
            _ => typeof(HttpPostAttribute),
        };
        return new CustomAttributeBuilder(attributeType.GetConstructor([typeof(string)])!, ["/" + action.Template]);
    }

    private static CustomAttributeBuilder Attribute<T>(object[] args, (string Name, object Value)[]? properties = null)
        where T : Attribute
    {
        var ctor = typeof(T).GetConstructors().First(c => c.GetParameters().Length == args.Length);
        properties ??= [];
        return new CustomAttributeBuilder(
            ctor, args,
            properties.Select(p => typeof(T).GetProperty(p.Name)!).ToArray(),
            properties.Select(p => p.Value).ToArray());
    }
}
