using System.Globalization;
using Pst.Core.Kernel;
using Pst.Documents;

namespace Pst.WalkIn.Queue;

/// <summary>The queue ticket as the kiosk prints it on its 80 mm receipt printer, in Indonesian.</summary>
public static class TicketSlip
{
    public static byte[] Compose(QueueTicket ticket, string officeName, string serviceName, int peopleAhead, string liveUrl)
    {
        var issued = OfficeTime.Local(ticket.IssuedAt);
        var indonesian = CultureInfo.GetCultureInfo("id-ID");
        return SlipComposer.Compose(new SlipSpec(
            $"Nomor antrian {ticket.Number}",
            [
                new SlipLine(officeName, 8, Bold: true),
                new SlipLine("NOMOR ANTRIAN", 9),
                new SlipLine(ticket.Number, 40, Bold: true),
                new SlipLine(serviceName, 10, Bold: true),
                .. ticket.Priority ? [new SlipLine("LAYANAN PRIORITAS", 10, Bold: true)] : Array.Empty<SlipLine>(),
                new SlipLine(issued.ToString("dddd, d MMMM yyyy", indonesian), 8),
                new SlipLine($"pukul {issued.ToString("HH.mm", indonesian)} WIB", 8),
                new SlipLine(peopleAhead == 0 ? "Anda berikutnya" : $"{peopleAhead} orang sebelum Anda", 9),
            ],
            liveUrl,
            "Pindai untuk memantau antrian Anda"));
    }
}
