using System.Diagnostics;
using System.Globalization;
using SkiaSharp;

namespace Portal.Documents;

public sealed record DocumentBenchmarkResult(int Renders, double MedianMs, int SizeBytes, double DocumentsPerSecond, int Cores)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"PDF benchmark: {Renders} renders of a {SizeBytes / 1024.0:F1} KB sample ({SizeBytes} bytes); median {MedianMs:F2} ms per render (one thread); {DocumentsPerSecond:F0} documents/s on {Cores} cores.");
}

/// <summary>
/// Measures the PDF layer on a realistic three-page crisis plan. Run with
/// <c>dotnet run -c Release --project Portal -- --benchmark-pdf 200 [sample.pdf]</c>. Not a test: timings depend on the machine.
/// </summary>
public static class DocumentBenchmark
{
    private static readonly DateTimeOffset SampleTime = new(2025, 3, 14, 10, 30, 0, TimeSpan.FromHours(1));

    /// <summary>Arguments: <c>--benchmark-pdf [renders] [path to write the sample PDF to, to look at it]</c>.</summary>
    public static void RunFromCommandLine(string[] args)
    {
        var renders = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        if (args.Length > 2) File.WriteAllBytes(args[2], SampleDocument(SampleTime).Render());
        Console.WriteLine(Run(renders));
    }

    public static DocumentBenchmarkResult Run(int renders)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(renders, 1);
        var size = SampleDocument(SampleTime).Render().Length;

        // Enough warm-up renders for tiered JIT to finish optimising the hot paths.
        for (var i = 0; i < 100; i++) SampleDocument(SampleTime).Render();

        // Latency: one render at a time, building the document as a caller would.
        var times = new double[renders];
        for (var i = 0; i < renders; i++)
        {
            var start = Stopwatch.GetTimestamp();
            SampleDocument(SampleTime).Render();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        var median = renders % 2 == 1 ? times[renders / 2] : (times[renders / 2 - 1] + times[renders / 2]) / 2;

        // Throughput: all cores.
        var total = Stopwatch.StartNew();
        Parallel.For(0, renders, _ => SampleDocument(SampleTime).Render());
        var perSecond = renders / total.Elapsed.TotalSeconds;

        return new DocumentBenchmarkResult(renders, median, size, perSecond, Environment.ProcessorCount);
    }

    /// <summary>A three-page crisis plan with every kind of block the layer offers.</summary>
    internal static PdfDocumentBuilder SampleDocument(DateTimeOffset created)
    {
        var doc = new PdfDocumentBuilder()
            .Metadata("Kriseplan – sag 2025-0142", "Mette Sørensen, Krisecenter Øst", created, "Kriseplan")
            .Header("Krisecenter Øst · Kriseplan · Fortroligt", SampleLogo.Value)
            .Footer("Sag 2025-0142 · Udskrevet 14.03.2025 kl. 10.30")
            .Heading("Kriseplan")
            .Paragraph(
                new TextRun("Formål: ", Bold: true),
                new TextRun("Planen beskriver, hvad du og dit netværk gør, hvis du føler dig utryg, bliver kontaktet af den person, " +
                    "du er udsat for, eller hvis situationen pludselig ændrer sig. Planen er lavet sammen med din kontaktperson " +
                    "og gennemgås igen ved næste samtale. Du kan altid ringe til os, også uden for åbningstiden."))
            .KeyValueTable([
                ("Borger", "Anna Bjørg Ærø Sønderby"),
                ("Sagsnummer", "2025-0142"),
                ("Kontaktperson", "Mette Sørensen, socialrådgiver, Krisecenter Øst, direkte telefon 33 12 34 56"),
                ("Oprettet", "14. marts 2025"),
                ("Næste opfølgning", "28. marts 2025 kl. 13.00 på krisecentret, mødelokale 2 (indgang fra gården)"),
                ("Adresse", "Beskyttet adresse – vises ikke"),
            ])
            .Heading("1. Tegn på, at situationen er ved at blive farlig", 2)
            .Paragraph("Skriv de tegn ned, som du selv kender. Når du ser dem, følger du trinene i afsnit 2. Det er bedre at " +
                "reagere én gang for meget end én gang for lidt; ingen vil bebrejde dig, at du har søgt hjælp.")
            .BulletList([
                "Gentagne opkald eller beskeder fra skjulte numre, især om aftenen og natten.",
                "Personen dukker op ved arbejdspladsen, børnenes skole eller fritidsaktiviteter.",
                "Trusler om at tage børnene, om at skade sig selv eller om at offentliggøre private billeder.",
                "Fælles bekendte spørger pludselig, hvor du bor, eller hvornår du har fri.",
                "Din bil, cykel eller dine ting er flyttet, beskadiget eller har fået monteret en ukendt genstand.",
            ])
            .Heading("2. Hvad gør jeg, hvis jeg er i fare?", 2)
            .CheckboxList([
                new CheckboxItem("Ring 112, hvis du er i akut fare. Sig, at du har en kriseplan og en sag hos Krisecenter Øst.", true),
                new CheckboxItem("Gå til et sted med andre mennesker (butik, tankstation, nabo) og bliv der, til hjælpen er fremme.", true),
                new CheckboxItem("Ring til din kontaktperson eller krisecentrets døgntelefon 70 20 30 40.", true),
                new CheckboxItem("Tag nødtasken med: pas, sygesikringskort, medicin, opladere, kontanter og børnenes ting.", false),
                new CheckboxItem("Gem beskeder, opkaldslister og billeder som dokumentation; slet intet.", false),
                new CheckboxItem("Aftal et kodeord med en person, du stoler på, så du kan bede om hjælp uden at sige det direkte.", false),
            ])
            .Heading("3. Mit netværk", 2)
            .Paragraph("Disse personer kender planen og har sagt ja til at hjælpe. De må kontaktes af krisecentret, hvis du ikke " +
                "kan træffes, og vi er bekymrede for dig.")
            .Table(
                ["Navn", "Relation", "Telefon", "Kan hjælpe med"],
                [
                    ["Jørgen Ågård", "Bror", "20 11 22 33", "Hente børnene, overnatning i kortere tid"],
                    ["Sofie Lærke Holm", "Veninde", "40 55 66 77", "Følge dig til møder i retten og hos politiet"],
                    ["Hassan Øzdemir", "Nabo", "31 44 55 66", "Holde øje med opgangen, ringe 112 ved uro"],
                    ["Birthe Æbelø", "Mor", "98 76 54 32", "Opbevare kopi af dokumenter og nødtaske"],
                ],
                [0.24f, 0.16f, 0.17f, 0.43f])
            .Heading("4. Børnene", 2)
            .Paragraph("Skolen og SFO'en er orienteret om, at børnene kun må hentes af dig, Jørgen Ågård eller Birthe Æbelø. " +
                "Personalet har fået et foto af den person, børnene ikke må udleveres til, og ringer 112, hvis personen dukker op. " +
                "Lærerne er bedt om ikke at oplyse om klasseture, ændrede skematider eller lignende til andre end dig.")
            .BulletList([
                "Børnene kender kodeordet og ved, at de skal gå ind til en voksen på skolen, hvis de bliver kontaktet.",
                "Der er aftalt en samtale med skolens AKT-lærer hver anden uge frem til sommerferien.",
                "Sundhedsplejersken og egen læge er orienteret med dit samtykke.",
            ])
            .Heading("5. Sikkerhed i hverdagen")
            .Paragraph("Mange oplever, at det er de små ting i hverdagen, der gør en forskel. Gennemgå punkterne sammen med " +
                "din kontaktperson, og sæt kryds, når et punkt er på plads. Planen er din, og du bestemmer, hvad der skal med.");

        for (var i = 1; i <= 4; i++)
        {
            doc.Heading($"5.{i} {Topics[i - 1].Title}", 3)
                .Paragraph(Topics[i - 1].Text)
                .CheckboxList(Topics[i - 1].Steps.Select((s, n) => new CheckboxItem(s, n % 2 == 0)));
        }

        return doc
            .Heading("6. Aftaler og underskrifter", 2)
            .KeyValueTable([
                ("Planen er gennemgået med", "Anna Bjørg Ærø Sønderby"),
                ("Gennemgået af", "Mette Sørensen, socialrådgiver"),
                ("Samtykke til deling", "Ja – med politiet (kontaktperson i Østjyllands Politi) og skolen. Ikke med egen kommune."),
                ("Revideres senest", "14. juni 2025"),
            ])
            .Spacer(28)
            .Paragraph("Underskrift, borger: ________________________________________")
            .Spacer(20)
            .Paragraph("Underskrift, kontaktperson: ________________________________________");
    }

    private static readonly (string Title, string Text, string[] Steps)[] Topics =
    [
        ("Telefon og sociale medier",
            "Personen kan have adgang til dine konti eller din telefon uden at du ved det. Skift adgangskoder fra en anden enhed, " +
            "slå lokationsdeling fra og gennemgå, hvilke enheder der er logget ind på dine konti. Overvej et nyt telefonnummer, " +
            "som kun dit nærmeste netværk kender, og brug to-trinsbekræftelse overalt, hvor det er muligt.",
            ["Adgangskoder skiftet på mail, bank og sociale medier", "Lokationsdeling slået fra på telefon og ur",
             "Ukendte enheder logget ud af alle konti", "Nyt telefonnummer bestilt og givet til netværket"]),
        ("Bolig og transport",
            "Variér dine ruter og tidspunkter, når det er muligt. Sørg for, at der er lys ved indgangen, og at dørene kan låses " +
            "forsvarligt. Bed naboerne om at ringe 112, hvis de hører uro, og aftal et signal, fx et lys i vinduet, " +
            "der betyder, at du har brug for hjælp.",
            ["Ekstra lås og dørspion monteret", "Naboer orienteret og kender signalet",
             "Ruten til arbejde varieres", "Bilen tjekket for ukendte genstande"]),
        ("Arbejde og økonomi",
            "Fortæl din leder, hvad der sker, så arbejdspladsen kan beskytte dig. Få din post omdirigeret og overvej, om din " +
            "adresse skal være beskyttet i folkeregistret. Hold styr på fælles konti, lån og abonnementer, og få hjælp til at " +
            "lukke dem, der kan bruges til at finde dig eller presse dig økonomisk.",
            ["Leder og receptionen orienteret", "Navne- og adressebeskyttelse søgt",
             "Fælles konti og kort spærret", "Egen bankkonto oprettet"]),
        ("Helbred og støtte",
            "Det er almindeligt at sove dårligt, være bange eller have svært ved at koncentrere sig i en periode. Tal med din " +
            "læge om det, og brug de samtaletilbud, du har fået. Du behøver ikke klare det alene, og du kan altid ringe til " +
            "krisecentret, også hvis du bare har brug for at tale med nogen.",
            ["Tid hos egen læge aftalt", "Samtaleforløb hos psykolog bevilget",
             "Kontakt til støttegruppe for udsatte", "Aftale om ugentlig opringning fra kontaktperson"]),
    ];

    private static readonly Lazy<byte[]> SampleLogo = new(() =>
    {
        using var bitmap = new SKBitmap(360, 96);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var accent = new SKPaint { Color = PdfStyle.Accent, IsAntialias = true };
        canvas.DrawRoundRect(SKRect.Create(4, 8, 80, 80), 12, 12, accent);
        using var font = new SKFont(PdfFonts.Bold, 40);
        canvas.DrawText("Krisecenter", 100, 52, font, accent);
        using var small = new SKFont(PdfFonts.Regular, 26);
        canvas.DrawText("Øst", 100, 84, small, accent);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    });
}
