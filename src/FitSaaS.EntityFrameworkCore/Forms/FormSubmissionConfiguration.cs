using FitSaaS.Forms;
using FitSaaS.Framework.EntityFrameworkCore.ValueConversion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>Maps <see cref="FormSubmission"/>: the answers as one JSON text column.</summary>
internal sealed class FormSubmissionConfiguration : IEntityTypeConfiguration<FormSubmission>
{
    public void Configure(EntityTypeBuilder<FormSubmission> builder)
    {
        builder.ToTable("FormSubmissions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Answers).IsRequired()
            .HasConversion(JsonValueConversion.Converter<IReadOnlyList<FormAnswer>>(), JsonValueConversion.Comparer<IReadOnlyList<FormAnswer>>());
        builder.Property(s => s.Status).IsRequired().HasConversion<string>().HasMaxLength(FormConsts.MaxEnumLength);
        builder.Property(s => s.ReviewNote).HasMaxLength(FormConsts.MaxReviewNoteLength);
        builder.HasIndex(s => new { s.TenantId, s.MemberId });
        builder.HasIndex(s => new { s.TenantId, s.FormId, s.Status });
    }
}
