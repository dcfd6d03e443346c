namespace FitSaaS.Framework.Uow;

/// <summary>Marks a method or application service whose calls must not start a unit of work (or explicitly a non-transactional one).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Interface)]
public sealed class UnitOfWorkAttribute : Attribute
{
    /// <summary>True to run without a unit of work; default false.</summary>
    public bool IsDisabled { get; init; }

    private readonly bool? _isTransactional;

    /// <summary>
    /// Run in a transaction (true) or not (false). When not set, by convention: methods served with HTTP <c>GET</c>
    /// (<c>Get…</c>, <c>Find…</c>, <c>[HttpApiMethod("GET")]</c>) are not transactional, others are.
    /// </summary>
    public bool IsTransactional
    {
        get => _isTransactional ?? true;
        init => _isTransactional = value;
    }

    /// <summary>The explicit <see cref="IsTransactional"/> value, or null when the convention applies.</summary>
    public bool? TransactionalOverride => _isTransactional;
}
