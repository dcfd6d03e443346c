using System.Reflection;

namespace FitSaaS.Framework.Application;

/// <summary>
/// Cached reflection data of one application-service contract method: computed once per method and
/// process, never per call.
/// </summary>
public sealed class ApplicationServiceMethod
{
    private readonly Func<Task, Task<object?>>? _resultGetter;

    internal ApplicationServiceMethod(MethodInfo interfaceMethod, MethodInfo implementationMethod)
    {
        InterfaceMethod = interfaceMethod;
        ImplementationMethod = implementationMethod;
        var implementationType = implementationMethod.DeclaringType!;
        Attributes = implementationMethod.GetCustomAttributes(inherit: true)
            .Concat(interfaceMethod.GetCustomAttributes(inherit: true))
            .ToArray();
        ClassAttributes = implementationType.GetCustomAttributes(inherit: true)
            .Concat(interfaceMethod.DeclaringType!.GetCustomAttributes(inherit: true))
            .ToArray();

        AuthorizeData = ClassAttributes.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>()
            .Concat(Attributes.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>())
            .ToArray();
        var methodAuthorizes = Attributes.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any();
        AllowsAnonymous = Attributes.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any() ||
            (!methodAuthorizes && ClassAttributes.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any());
        Parameters = interfaceMethod.GetParameters();

        var returnType = interfaceMethod.ReturnType;
        IsAsync = typeof(Task).IsAssignableFrom(returnType);
        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            ResultType = returnType.GetGenericArguments()[0];
            _resultGetter = typeof(ApplicationServiceMethod)
                .GetMethod(nameof(AwaitResultAsync), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(ResultType)
                .CreateDelegate<Func<Task, Task<object?>>>();
            TaskFactory = typeof(ApplicationServiceMethod)
                .GetMethod(nameof(ToTypedTask), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(ResultType)
                .CreateDelegate<Func<Task, ApplicationServiceInvocation, object>>();
        }
    }

    /// <summary>The contract (interface) method.</summary>
    public MethodInfo InterfaceMethod { get; }

    /// <summary>The implementing method of the application service.</summary>
    public MethodInfo ImplementationMethod { get; }

    /// <summary>Attributes on the implementing method and on the contract method.</summary>
    public IReadOnlyList<object> Attributes { get; }

    /// <summary>Attributes on the implementing class and on the contract interface.</summary>
    public IReadOnlyList<object> ClassAttributes { get; }

    /// <summary>The <c>[Authorize]</c> requirements of the class and the method, class first.</summary>
    public IReadOnlyList<Microsoft.AspNetCore.Authorization.IAuthorizeData> AuthorizeData { get; }

    /// <summary>True when <c>[AllowAnonymous]</c> applies (on the method, or on the class without a method-level <c>[Authorize]</c>).</summary>
    public bool AllowsAnonymous { get; }

    /// <summary>The contract method's parameters.</summary>
    public IReadOnlyList<ParameterInfo> Parameters { get; }

    /// <summary>True when the method returns a task.</summary>
    public bool IsAsync { get; }

    /// <summary>The <c>T</c> of <c>Task&lt;T&gt;</c>; null for <see cref="Task"/> or synchronous methods.</summary>
    public Type? ResultType { get; }

    internal Func<Task, ApplicationServiceInvocation, object>? TaskFactory { get; }

    /// <summary>Finds an attribute on the method first, then on the class.</summary>
    public TAttribute? FindAttribute<TAttribute>()
        where TAttribute : class =>
        Attributes.OfType<TAttribute>().FirstOrDefault() ?? ClassAttributes.OfType<TAttribute>().FirstOrDefault();

    /// <summary>Awaits the target's task and returns its result (null for <see cref="Task"/>).</summary>
    internal async Task<object?> AwaitResultAsync(Task task)
    {
        if (_resultGetter is null)
        {
            await task.ConfigureAwait(false);
            return null;
        }

        return await _resultGetter(task).ConfigureAwait(false);
    }

    private static async Task<object?> AwaitResultAsync<T>(Task task) => await ((Task<T>)task).ConfigureAwait(false);

    private static async Task<T> ToTypedTask<T>(Task pipeline, ApplicationServiceInvocation invocation)
    {
        await pipeline.ConfigureAwait(false);
        return (T)invocation.ReturnValue!;
    }
}
