using FitSaaS.Framework.Application;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.EventBus;

/// <summary>The event-bus contracts: the dead-letter service and its host-only permission.</summary>
public sealed class EventBusApplicationContractsModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<PermissionOptions>(options => options.DefinitionProviders.Add(typeof(EventBusPermissionDefinitionProvider)));
    }
}

/// <summary>Permission names of the distributed event bus.</summary>
public static class EventBusPermissions
{
    /// <summary>The permission group.</summary>
    public const string GroupName = "FitSaaS.EventBus";

    /// <summary>List and requeue dead-lettered distributed events (host side only; the host admin holds it).</summary>
    public const string DeadLetters = GroupName + ".DeadLetters";
}

/// <summary>Defines the event-bus permission (host side only).</summary>
public sealed class EventBusPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(EventBusPermissions.GroupName, "Event bus");
        group.AddPermission(EventBusPermissions.DeadLetters, "Dead-lettered events", MultiTenancySides.Host);
    }
}

/// <summary>A distributed event whose handling failed on every attempt.</summary>
public sealed class DistributedEventDeadLetterDto
{
    /// <summary>Id of the record (used to requeue it).</summary>
    public Guid Id { get; init; }

    /// <summary>The message id (kept when requeued).</summary>
    public Guid MessageId { get; init; }

    /// <summary>The event's wire name, e.g. <c>Bookings.BookingConfirmed.v1</c>.</summary>
    public required string EventName { get; init; }

    /// <summary>The tenant the event happened in (null = host).</summary>
    public Guid? TenantId { get; init; }

    /// <summary>The correlation id of the request or job that published it.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>When the event was published (UTC).</summary>
    public DateTime OccurredAtUtc { get; init; }

    /// <summary>The event's JSON payload.</summary>
    public required string Payload { get; init; }

    /// <summary>Type and message of the last exception (at most 2000 characters, no stack trace).</summary>
    public required string Error { get; init; }

    /// <summary>Handling attempts made.</summary>
    public int Attempts { get; init; }

    /// <summary>When it was dead-lettered (UTC).</summary>
    public DateTime DeadLetteredAtUtc { get; init; }
}

/// <summary>
/// Dead-lettered distributed events (<c>/api/event-bus/dead-letters</c>). Host admins only: requires
/// <see cref="EventBusPermissions.DeadLetters"/> (403 otherwise).
/// </summary>
[HttpApiRoute("api/event-bus/dead-letters")]
public interface IDistributedEventDeadLetterAppService : IApplicationService
{
    /// <summary>One page of dead letters, newest first (<see cref="PagedResultRequestDto.MaxResultCount"/> 1–1000, default 10).</summary>
    Task<PagedResultDto<DistributedEventDeadLetterDto>> GetListAsync(PagedResultRequestDto input);

    /// <summary>
    /// Puts the message back into the outbox of its tenant's database, with the same message id and no attempts, and removes the
    /// dead letter (<c>POST …/{id}/requeue</c>); the dispatcher sends it at once.
    /// </summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">No such dead letter (404).</exception>
    [HttpApiRoute("{id}/requeue")]
    [HttpApiMethod("POST")]
    Task RequeueAsync(Guid id);
}
