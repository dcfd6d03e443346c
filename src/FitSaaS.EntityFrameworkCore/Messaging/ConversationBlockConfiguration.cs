using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>Maps <see cref="ConversationBlock"/>: one per conversation and member.</summary>
internal sealed class ConversationBlockConfiguration : IEntityTypeConfiguration<ConversationBlock>
{
    public void Configure(EntityTypeBuilder<ConversationBlock> builder)
    {
        builder.ToTable("ConversationBlocks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasOne<Conversation>().WithMany().HasForeignKey(b => b.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.ConversationId, b.UserId }).IsUnique();
        builder.HasIndex(b => new { b.TenantId, b.UserId });
    }
}
