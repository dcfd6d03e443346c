using System.Globalization;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;

namespace FitSaaS.Billing;

/// <summary>
/// Issues invoices: lines, totals and a number from the tenant's gap-free sequence taken in the issuing transaction
/// (<see cref="IBillingSequenceRepository"/>), due <see cref="BillingSettingNames.InvoiceDueDays"/> later. An invoice with a
/// source key (a membership's period, a booking's penalty) is issued once: asking again returns it.
/// </summary>
public sealed class InvoiceManager(
    IInvoiceRepository invoices,
    IBillingSequenceRepository sequences,
    ISettingProvider settings,
    IDistributedEventBus eventBus,
    IGuidGenerator guids,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>Issues (finalizes) an invoice of <paramref name="lines"/> to the member; the one of <paramref name="sourceKey"/> if it exists.</summary>
    /// <exception cref="FitSaaS.Framework.Exceptions.BusinessException">
    /// <see cref="BillingErrorCodes.InvalidAmount"/> (a negative total), <see cref="BillingErrorCodes.UnknownCurrency"/>.
    /// </exception>
    public async Task<Invoice> IssueAsync(
        Guid memberId, Guid? membershipId, string currency, IReadOnlyList<InvoiceLineDraft> lines, string? sourceKey, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (sourceKey is not null && await invoices.FindBySourceKeyAsync(sourceKey, cancellationToken) is { } issued)
        {
            return issued;
        }

        var invoice = new Invoice(guids.Create(), currentTenant.Id, memberId, membershipId, currency, sourceKey);
        foreach (var line in lines)
        {
            invoice.AddLine(guids.Create(), line);
        }

        await FinalizeAsync(invoice, now, cancellationToken);
        await invoices.InsertAsync(invoice, cancellationToken: cancellationToken);
        return invoice;
    }

    /// <summary>Voids the unpaid open invoice of <paramref name="sourceKey"/>; false when there is none (or it is void already).</summary>
    /// <exception cref="FitSaaS.Framework.Exceptions.BusinessException"><see cref="BillingErrorCodes.InvalidInvoiceStatus"/> when it was paid.</exception>
    public async Task<bool> VoidBySourceKeyAsync(string sourceKey, string reason, DateTime now, CancellationToken cancellationToken = default)
    {
        if (await invoices.FindBySourceKeyAsync(sourceKey, cancellationToken) is not { } invoice || invoice.Status == InvoiceStatus.Void)
        {
            return false;
        }

        invoice.Void(reason, now);
        await invoices.UpdateAsync(invoice, cancellationToken: cancellationToken);
        return true;
    }

    private async Task FinalizeAsync(Invoice invoice, DateTime now, CancellationToken cancellationToken)
    {
        var sequence = await sequences.NextAsync(BillingSequence.Invoices, cancellationToken);
        var prefix = await settings.GetOrNullAsync(BillingSettingNames.InvoiceNumberPrefix) ?? "INV-";
        var dueDays = Math.Clamp(await settings.GetAsync(BillingSettingNames.InvoiceDueDays, 3), 0, 365);
        invoice.FinalizeInvoice(sequence, FormatNumber(prefix, sequence), now, now.AddDays(dueDays));
        await eventBus.PublishAsync(
            new InvoiceIssuedEto
            {
                InvoiceId = invoice.Id,
                Number = invoice.Number!,
                MemberUserId = invoice.MemberId,
                Total = invoice.Total,
                Currency = invoice.Currency,
                DueAtUtc = invoice.DueAtUtc!.Value,
            },
            cancellationToken);
    }

    /// <summary>A document number: the prefix (at most 16 characters) and the sequence, six digits at least (<c>INV-000042</c>).</summary>
    public static string FormatNumber(string prefix, long sequence)
    {
        prefix = (prefix ?? string.Empty).Trim();
        if (prefix.Length > InvoiceConsts.MaxNumberPrefixLength)
        {
            prefix = prefix[..InvoiceConsts.MaxNumberPrefixLength];
        }

        return prefix + sequence.ToString("D6", CultureInfo.InvariantCulture);
    }
}
