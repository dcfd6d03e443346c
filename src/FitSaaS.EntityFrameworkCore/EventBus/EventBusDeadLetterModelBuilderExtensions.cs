using FitSaaS.EventBus;
using FitSaaS.Framework.Events.Distributed;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.EventBus;

/// <summary>Maps the event bus's host tables of the application model (the outbox and inbox are mapped by the kit).</summary>
public static class EventBusDeadLetterModelBuilderExtensions
{
    /// <summary>Maps <see cref="DistributedEventDeadLetter"/> to the host table <c>EventBusDeadLetters</c>.</summary>
    public static void ConfigureEventBusDeadLetters(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<DistributedEventDeadLetter>(b =>
        {
            b.ToTable("EventBusDeadLetters");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.EventName).HasMaxLength(EventNameAttribute.MaxLength).IsRequired();
            b.Property(e => e.CorrelationId).HasMaxLength(DistributedEventEnvelope.MaxCorrelationIdLength);
            b.Property(e => e.Payload).IsRequired();
            b.Property(e => e.Error).HasMaxLength(DistributedEventDeadLetter.MaxErrorLength).IsRequired();
            b.HasIndex(e => e.DeadLetteredAtUtc);
            b.HasIndex(e => e.MessageId);
        });
    }
}
