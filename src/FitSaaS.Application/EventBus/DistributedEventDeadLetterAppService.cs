using FitSaaS.Framework.Application;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.EventBus;

/// <inheritdoc cref="IDistributedEventDeadLetterAppService"/>
[Authorize(EventBusPermissions.DeadLetters)]
public sealed class DistributedEventDeadLetterAppService(
    IDistributedEventDeadLetterRepository deadLetters,
    IDistributedEventOutbox outbox,
    ICurrentTenant currentTenant,
    IUnitOfWorkManager unitOfWorkManager) : ApplicationService, IDistributedEventDeadLetterAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<DistributedEventDeadLetterDto>> GetListAsync(PagedResultRequestDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (items, total) = await deadLetters.GetPagedListAsync(input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<DistributedEventDeadLetterDto>(total, items.Select(letter => new DistributedEventDeadLetterDto
        {
            Id = letter.Id,
            MessageId = letter.MessageId,
            EventName = letter.EventName,
            TenantId = letter.EventTenantId,
            CorrelationId = letter.CorrelationId,
            OccurredAtUtc = letter.OccurredAtUtc,
            Payload = letter.Payload,
            Error = letter.Error,
            Attempts = letter.Attempts,
            DeadLetteredAtUtc = letter.DeadLetteredAtUtc,
        }).ToList());
    }

    /// <inheritdoc/>
    public async Task RequeueAsync(Guid id)
    {
        var letter = await deadLetters.GetAsync(id);
        var envelope = letter.ToEnvelope();
        await deadLetters.DeleteAsync(letter);

        // The outbox row goes to the event tenant's database, written as that tenant (row-level security, write guard).
        // Saved inside the tenant scope: row-level security checks the row against the tenant of the session that writes it.
        using var tenant = currentTenant.Change(envelope.TenantId);
        await outbox.AddAsync(envelope);
        await (unitOfWorkManager.Current?.SaveChangesAsync() ?? Task.CompletedTask);
    }
}
