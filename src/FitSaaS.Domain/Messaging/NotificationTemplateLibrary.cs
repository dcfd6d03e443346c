namespace FitSaaS.Messaging;

/// <summary>
/// The default templates of every <see cref="NotificationKind"/> in English (<c>en</c>) and Spanish (<c>es</c>), and the
/// variables each kind offers. Instants are rendered as local <c>yyyy-MM-dd HH:mm</c> in the recipient's zone; amounts as
/// major units with the ISO 4217 code (<c>49.00 EUR</c>).
/// </summary>
public static class NotificationTemplateLibrary
{
    /// <summary>
    /// The languages with default templates. A gym offers its own list (<see cref="MessagingSettingNames.Languages"/>, ADR 0064);
    /// a member's preferred language must be one of the gym's.
    /// </summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "es"];

    private static readonly Dictionary<NotificationKind, string[]> s_variables = new()
    {
        [NotificationKind.BookingConfirmed] = ["session_start", "duration_minutes"],
        [NotificationKind.WaitlistPromoted] = ["session_start", "duration_minutes"],
        [NotificationKind.SessionCancelled] = ["session_start", "reason"],
        [NotificationKind.SessionRescheduled] = ["previous_start", "session_start", "duration_minutes"],
        [NotificationKind.CheckInReminder] = ["session_start"],
        [NotificationKind.RenewalReminder] = ["amount", "charge_at", "attempt", "plan_name", "renews_on", "saved_card"],
        [NotificationKind.PaymentFailed] = ["amount", "attempt", "next_attempt", "card_update_required"],
        [NotificationKind.PaymentSucceeded] = ["invoice_number", "amount", "paid_at"],
        [NotificationKind.InvoiceIssued] = ["invoice_number", "amount", "due_at"],
        [NotificationKind.Debt] = ["since"],
        [NotificationKind.FormToSign] = ["form_title"],
        [NotificationKind.Announcement] = ["title", "body"],
    };

    private static readonly Dictionary<(NotificationKind, string), NotificationTemplate> s_templates = new()
    {
        [(NotificationKind.BookingConfirmed, "en")] = new("Booking confirmed: {{ session_start }}", "Your place in the class on {{ session_start }} ({{ duration_minutes }} min) is confirmed."),
        [(NotificationKind.BookingConfirmed, "es")] = new("Reserva confirmada: {{ session_start }}", "Tu plaza en la clase del {{ session_start }} ({{ duration_minutes }} min) está confirmada."),
        [(NotificationKind.WaitlistPromoted, "en")] = new("You are in: {{ session_start }}", "A place opened up: you moved from the waitlist to a confirmed booking for the class on {{ session_start }} ({{ duration_minutes }} min)."),
        [(NotificationKind.WaitlistPromoted, "es")] = new("Tienes plaza: {{ session_start }}", "Se liberó una plaza: pasaste de la lista de espera a una reserva confirmada para la clase del {{ session_start }} ({{ duration_minutes }} min)."),
        [(NotificationKind.SessionCancelled, "en")] = new("Class cancelled: {{ session_start }}", "The class on {{ session_start }} was cancelled{% if reason != blank %}: {{ reason }}{% endif %}. Your booking was cancelled without penalty."),
        [(NotificationKind.SessionCancelled, "es")] = new("Clase cancelada: {{ session_start }}", "La clase del {{ session_start }} fue cancelada{% if reason != blank %}: {{ reason }}{% endif %}. Tu reserva se canceló sin penalización."),
        [(NotificationKind.SessionRescheduled, "en")] = new("Class moved to {{ session_start }}", "The class you booked on {{ previous_start }} now starts on {{ session_start }} ({{ duration_minutes }} min). Your booking is kept."),
        [(NotificationKind.SessionRescheduled, "es")] = new("Clase movida al {{ session_start }}", "La clase que reservaste el {{ previous_start }} empieza ahora el {{ session_start }} ({{ duration_minutes }} min). Tu reserva se mantiene."),
        [(NotificationKind.CheckInReminder, "en")] = new("See you at {{ session_start }}", "Reminder: your class starts on {{ session_start }}. Remember to check in."),
        [(NotificationKind.CheckInReminder, "es")] = new("Te esperamos el {{ session_start }}", "Recordatorio: tu clase empieza el {{ session_start }}. Recuerda hacer check-in."),
        // One kind, two events: a membership's renewal ahead (plan_name, renews_on, saved_card) and a card retry ahead (charge_at).
        [(NotificationKind.RenewalReminder, "en")] = new(
            "{% if plan_name != blank %}{{ plan_name }} renews on {{ renews_on }}{% else %}Your card will be charged {{ amount }}{% endif %}",
            "{% if plan_name != blank %}Your membership {{ plan_name }} renews on {{ renews_on }} for {{ amount }}.{% if saved_card == 'true' %} We will charge your saved card that day; please make sure it can be charged.{% else %} Its invoice will be issued that day.{% endif %}{% else %}We will charge {{ amount }} to your saved card on {{ charge_at }}. Please make sure it can be charged.{% endif %}"),
        [(NotificationKind.RenewalReminder, "es")] = new(
            "{% if plan_name != blank %}{{ plan_name }} se renueva el {{ renews_on }}{% else %}Cargaremos {{ amount }} a tu tarjeta{% endif %}",
            "{% if plan_name != blank %}Tu membresía {{ plan_name }} se renueva el {{ renews_on }} por {{ amount }}.{% if saved_card == 'true' %} Ese día cargaremos tu tarjeta guardada; asegúrate de que el cargo pueda realizarse.{% else %} Ese día se emitirá su factura.{% endif %}{% else %}Cargaremos {{ amount }} a tu tarjeta guardada el {{ charge_at }}. Asegúrate de que el cargo pueda realizarse.{% endif %}"),
        [(NotificationKind.PaymentFailed, "en")] = new("Payment of {{ amount }} failed", "We could not charge {{ amount }} to your card (attempt {{ attempt }}).{% if card_update_required == 'true' %} Please add a new card.{% elsif next_attempt != blank %} We will try again on {{ next_attempt }}.{% endif %}"),
        [(NotificationKind.PaymentFailed, "es")] = new("El pago de {{ amount }} falló", "No pudimos cargar {{ amount }} a tu tarjeta (intento {{ attempt }}).{% if card_update_required == 'true' %} Añade una nueva tarjeta.{% elsif next_attempt != blank %} Lo intentaremos de nuevo el {{ next_attempt }}.{% endif %}"),
        [(NotificationKind.PaymentSucceeded, "en")] = new("Payment received: {{ amount }}", "Thank you: invoice {{ invoice_number }} ({{ amount }}) was paid on {{ paid_at }}."),
        [(NotificationKind.PaymentSucceeded, "es")] = new("Pago recibido: {{ amount }}", "Gracias: la factura {{ invoice_number }} ({{ amount }}) se pagó el {{ paid_at }}."),
        [(NotificationKind.InvoiceIssued, "en")] = new("Invoice {{ invoice_number }}: {{ amount }}", "Invoice {{ invoice_number }} of {{ amount }} was issued; it is due on {{ due_at }}."),
        [(NotificationKind.InvoiceIssued, "es")] = new("Factura {{ invoice_number }}: {{ amount }}", "Se emitió la factura {{ invoice_number }} de {{ amount }}; vence el {{ due_at }}."),
        [(NotificationKind.Debt, "en")] = new("Your membership has an unpaid balance", "Since {{ since }} your membership is past due. Please settle the balance to keep booking classes."),
        [(NotificationKind.Debt, "es")] = new("Tu membresía tiene un saldo pendiente", "Desde el {{ since }} tu membresía tiene pagos pendientes. Liquida el saldo para seguir reservando clases."),
        [(NotificationKind.FormToSign, "en")] = new("Please sign: {{ form_title }}", "The form \"{{ form_title }}\" waits for your signature."),
        [(NotificationKind.FormToSign, "es")] = new("Por favor firma: {{ form_title }}", "El formulario \"{{ form_title }}\" espera tu firma."),
        [(NotificationKind.Announcement, "en")] = new("{{ title }}", "{{ body }}"),
        [(NotificationKind.Announcement, "es")] = new("{{ title }}", "{{ body }}"),
    };

    /// <summary>The variables <paramref name="kind"/>'s templates may use (all strings once rendered).</summary>
    public static IReadOnlyList<string> GetVariables(NotificationKind kind) => s_variables[kind];

    /// <summary>The default template of <paramref name="kind"/> in <paramref name="language"/>, else in English.</summary>
    public static NotificationTemplate Get(NotificationKind kind, string language) =>
        s_templates.TryGetValue((kind, language), out var template) ? template : s_templates[(kind, NotificationConsts.DefaultLanguage)];

    /// <summary>The default template of <paramref name="kind"/> in exactly <paramref name="language"/>; null when the library has none in it.</summary>
    public static NotificationTemplate? Find(NotificationKind kind, string language) =>
        s_templates.GetValueOrDefault((kind, language));

    /// <summary>A sample model of <paramref name="kind"/> (for previews and template validation).</summary>
    public static Dictionary<string, object?> GetSampleModel(NotificationKind kind)
    {
        var sample = new DateTime(2026, 1, 15, 18, 0, 0, DateTimeKind.Utc);
        return s_variables[kind].ToDictionary(v => v, v => (object?)(v switch
        {
            "session_start" or "charge_at" or "paid_at" or "due_at" or "since" or "next_attempt" => sample,
            "previous_start" => sample.AddDays(-1),
            "duration_minutes" => 60,
            "attempt" => 1,
            "amount" => new NotificationMoney(4900, "EUR"),
            "card_update_required" => false,
            "plan_name" => "Unlimited monthly",
            "renews_on" => new DateOnly(2026, 2, 1),
            "saved_card" => true,
            "invoice_number" => "2026-000042",
            "reason" => "Coach unavailable",
            "form_title" => "Liability waiver",
            "title" => "Holiday opening hours",
            "body" => "The gym closes at 14:00 on 24 December.",
            _ => v,
        }));
    }
}
