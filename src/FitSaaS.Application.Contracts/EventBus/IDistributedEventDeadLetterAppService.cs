using FitSaaS.Framework.Application;

namespace FitSaaS.EventBus;

/// <summary>
/// Dead-lettered distributed events (<c>/api/event-bus/dead-letters</c>). Host admins only: requires
/// <see cref="EventBusPermissions.DeadLetters"/> (others are refused).
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
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">No such dead letter.</exception>
    [HttpApiRoute("{id}/requeue")]
    [HttpApiMethod("POST")]
    Task RequeueAsync(Guid id);
}
