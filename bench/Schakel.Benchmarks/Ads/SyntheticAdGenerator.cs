using System.Globalization;
using System.Text;

namespace Schakel.Benchmarks.Ads;

/// <summary>
/// Generates a realistic collection of sex-work ads for load tests: mostly independent advertisers
/// with their own texts, plus networks whose ads rotate through cities under a few phone numbers, reuse
/// photos and paste one template with small edits. Output is contract CSV with the quoting, emoji,
/// newlines and mixed notations real collections have. Same seed, same file.
/// </summary>
public sealed class SyntheticAdGenerator
{
    private static readonly string[] Cities =
    [
        "Zwolle", "Deventer", "Kampen", "Amsterdam", "Rotterdam", "Eindhoven", "Groningen", "Utrecht", "Den Haag",
        "Arnhem", "Nijmegen", "Enschede", "Apeldoorn", "Leeuwarden", "Maastricht", "Tilburg", "Breda", "Almere",
        "Haarlem", "Hengelo", "Meppel", "Assen", "Emmen", "Venlo",
    ];

    private static readonly string[] Names =
    [
        "Anna", "Kim", "Lisa", "Sophie", "Nina", "Eva", "Mila", "Julia", "Sara", "Emma", "Lara", "Yara", "Roxy",
        "Bella", "Vika", "Daria", "Ioana", "Andreea", "Maria", "Elena", "Natasha", "Olga", "Bianca", "Jade",
        "Luna", "Chantal", "Kelly", "Naomi", "Fleur", "Iris", "Nora", "Lotte", "Anouk", "Tess", "Zoe", "Lina",
    ];

    private static readonly string[] DutchSentences =
    [
        "Ik ontvang je graag in mijn discrete en schone appartement.",
        "Kom genieten van een heerlijke ontspannen massage.",
        "Ik hou van lange voorspellen en een gezellig gesprek vooraf.",
        "Parkeren kan gratis voor de deur.",
        "Bel of app me voor een afspraak, ik reageer snel.",
        "Geen anonieme nummers alsjeblieft.",
        "Ik ben een sportieve vrouw met een natuurlijke uitstraling.",
        "Samen douchen is altijd mogelijk.",
        "Ik heb een lekker rond figuur en lange haren.",
        "Verwen mij en ik verwen jou terug.",
        "Hygiëne staat bij mij voorop, dus verzorgd komen graag.",
        "Ook voor beginners ben je van harte welkom.",
        "Escort naar hotel of thuis is bespreekbaar.",
        "Rustige sfeer, zachte muziek en een drankje staat klaar.",
        "Ik werk alleen op afspraak, minimaal een half uur van tevoren bellen.",
        "Kusjes en knuffels horen er bij mij gewoon bij.",
        "Ik spreek Nederlands, Engels en een beetje Duits.",
        "Pinnen is helaas niet mogelijk, alleen contant.",
        "Deze week ben ik in de buurt van het station.",
        "Ik ben een echte genietster en neem de tijd voor je.",
    ];

    private static readonly string[] EnglishSentences =
    [
        "I am a sweet and open minded lady waiting for you.",
        "Come and relax with me in my private apartment.",
        "Full body massage with happy ending available.",
        "I love to take my time, no rush with me.",
        "Call me or send a WhatsApp message for booking.",
        "Hotel visits and home visits are possible.",
        "Clean, discreet and very friendly service guaranteed.",
        "Shower available before and after.",
        "I speak English and a little bit of Dutch.",
        "Gentlemen only, respectful men are welcome.",
        "Perfect body, natural breasts and soft skin.",
        "Let me make your day special.",
        "Only a short visit in this city so do not wait too long.",
        "Girlfriend experience with kissing and cuddling.",
        "Cash only, no bank transfers please.",
    ];

    private static readonly string[] RiskyFragments =
    [
        "Alles mogelijk ook zonder condoom.", "24/7 beschikbaar, dag en nacht.", "Always available 24/7.",
        "Very young girl, barely 18.", "Jong en onervaren meisje.", "She is available for you today.",
        "Our girls will make you happy.", "Adres na afspraak.", "Nieuw in de stad!", "New in town!",
        "No condom extra.", "BB ok.", "All services possible.", "Deze dame spreekt geen Nederlands.",
        "Petite teen.", "Bel nul zes een twee drie.", "Whatsapp o6 in profiel.",
    ];

    private static readonly string[] Hair = ["blond", "donker", "rood", "bruin", "zwart", "kort", "lang", "krullend"];
    private static readonly string[] Hobbies =
    [
        "dansen", "koken", "fitness", "reizen", "lezen", "muziek", "yoga", "films", "wandelen", "schilderen", "tennis",
        "zwemmen", "fotografie", "mode", "shoppen", "gamen",
    ];
    private static readonly string[] Countries = ["Nederland", "Brazilië", "Spanje", "Polen", "Roemenië", "Colombia", "Thailand", "Duitsland", "Hongarije", "Italië"];
    private static readonly string[] Days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

    private static readonly string[] Emoji = ["😘", "💋", "🔥", "❤️", "🌹", "✨", "😈"];

    private readonly Random _random;
    private readonly DateTime _end;
    private int _nextAd = 1;
    private int _nextPhone = 10_000_000;
    private int _nextPhoto = 1;

    public SyntheticAdGenerator(int seed, DateTime endUtc)
    {
        _random = new Random(seed);
        _end = endUtc;
    }

    public void WriteCsv(TextWriter writer, int count)
    {
        writer.Write("ad_id,posted_at,city,phone,handle,title,text,price,age_claimed,photo_hash\n");
        var written = 0;
        while (written < count)
        {
            var rows = _random.NextDouble() < 0.05 ? Network() : Independent();
            foreach (var row in rows)
            {
                if (written == count)
                {
                    break;
                }
                writer.Write(row);
                written++;
            }
        }
    }

    private IEnumerable<string> Independent()
    {
        var phone = NewPhone();
        var name = Pick(Names);
        var city = Pick(Cities);
        var handle = _random.NextDouble() < 0.4 ? name.ToLowerInvariant() + "_" + _random.Next(100, 9999).ToString(CultureInfo.InvariantCulture) : "";
        var photo = NewPhoto();
        var english = _random.NextDouble() < 0.4;
        var body = Personal(english) + " " + Body(english, _random.Next(2, 6), risky: _random.NextDouble() < 0.15);
        var age = _random.Next(19, 46);
        var price = _random.Next(8, 25) * 10;
        var start = RandomDate(90);
        var ads = _random.Next(1, 5);
        for (var k = 0; k < ads; k++)
        {
            // A woman working for herself occasionally moves, but rarely often.
            if (_random.NextDouble() < 0.05)
            {
                city = Pick(Cities);
            }
            var text = Intro(english, name) + " " + Edit(body);
            yield return Row(start.AddDays(k * _random.Next(2, 20)), city, FormatPhone(phone), handle, Title(name, city, english), text, price, age, photo);
        }
    }

    private IEnumerable<string> Network()
    {
        var phones = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => NewPhone()).ToArray();
        var women = Enumerable.Range(0, _random.Next(2, 7)).Select(_ => (Name: Pick(Names), Photo: NewPhoto(), Age: _random.Next(18, 25))).ToArray();
        var english = _random.NextDouble() < 0.7;
        var template = Body(english, _random.Next(5, 9), risky: true);
        var route = Enumerable.Range(0, _random.Next(3, 7)).Select(_ => Pick(Cities)).ToArray();
        var start = RandomDate(120);
        var price = _random.Next(4, 12) * 10;
        var handle = _random.NextDouble() < 0.5 ? "vip_models_" + _random.Next(10, 99).ToString(CultureInfo.InvariantCulture) : "";
        var ads = _random.Next(8, 40);
        for (var k = 0; k < ads; k++)
        {
            var woman = women[_random.Next(women.Length)];
            var stop = Math.Min(route.Length - 1, k * route.Length / ads);
            var city = route[stop];
            var photo = _random.NextDouble() < 0.2 ? women[0].Photo : woman.Photo;
            var text = Intro(english, woman.Name) + " " + Edit(template).Replace("{city}", city, StringComparison.Ordinal);
            yield return Row(start.AddDays((k * 2) + _random.Next(0, 2)), city, FormatPhone(phones[_random.Next(phones.Length)]), handle,
                Title(woman.Name, city, english), text, price + (_random.Next(0, 3) * 10), woman.Age, photo);
        }
    }

    private string Body(bool english, int sentences, bool risky)
    {
        var pool = english ? EnglishSentences : DutchSentences;
        var parts = new List<string>();
        for (var i = 0; i < sentences; i++)
        {
            parts.Add(Pick(pool));
        }
        if (risky)
        {
            parts.Insert(_random.Next(parts.Count), Pick(RiskyFragments));
            parts.Insert(_random.Next(parts.Count), Pick(RiskyFragments));
        }
        if (_random.NextDouble() < 0.5)
        {
            parts.Add(Pick(Emoji) + Pick(Emoji));
        }
        if (_random.NextDouble() < 0.2)
        {
            parts.Insert(_random.Next(parts.Count), "\"Echt\" de beste, zeggen mijn klanten.\n");
        }
        return string.Join(" ", parts);
    }

    /// <summary>Details that make one advertiser's text her own, as in real collections.</summary>
    private string Personal(bool english)
    {
        var from = _random.Next(8, 14);
        var until = _random.Next(18, 24);
        return english
            ? $"I have {Pick(Hair)} hair, I come from {Pick(Countries)} and I love {Pick(Hobbies)} and {Pick(Hobbies)}. " +
              $"You can visit me from {Pick(Days)} till {Pick(Days)} between {from} and {until} o'clock, size {_random.Next(34, 44)}, {_random.Next(155, 185)} cm."
            : $"Ik heb {Pick(Hair)} haar, kom uit {Pick(Countries)} en hou van {Pick(Hobbies)} en {Pick(Hobbies)}. " +
              $"Je bent welkom van {Pick(Days)} tot {Pick(Days)} tussen {from} en {until} uur, maat {_random.Next(34, 44)}, {_random.Next(155, 185)} cm.";
    }

    /// <summary>Copy-paste with small changes: a word dropped or an emoji added, as ad placers do.</summary>
    private string Edit(string text)
    {
        if (_random.NextDouble() < 0.3)
        {
            var words = text.Split(' ');
            var drop = _random.Next(words.Length);
            text = string.Join(' ', words.Where((_, i) => i != drop));
        }
        return _random.NextDouble() < 0.3 ? text + " " + Pick(Emoji) : text;
    }

    private static string Intro(bool english, string name) =>
        english ? $"Hi, my name is {name}, welcome in {{city}}." : $"Hoi, ik ben {name}, welkom in {{city}}.";

    private static string Title(string name, string city, bool english) =>
        english ? $"{name} in {city}, sexy and sweet" : $"{name} in {city}, lekker genieten";

    private string Row(DateTime posted, string city, string phone, string handle, string title, string text, int price, int age, string photo)
    {
        var sb = new StringBuilder(text.Length + 160);
        sb.Append("ad").Append((_nextAd++).ToString(CultureInfo.InvariantCulture)).Append(',');
        sb.Append(FormatDate(posted < _end ? posted : _end.AddHours(-_random.Next(1, 48)))).Append(',');
        sb.Append(city).Append(',');
        sb.Append(Quote(phone)).Append(',');
        sb.Append(Quote(handle.Length > 0 && _random.NextDouble() < 0.5 ? "@" + handle : handle)).Append(',');
        sb.Append(Quote(title)).Append(',');
        sb.Append(Quote(text.Replace("{city}", city, StringComparison.Ordinal))).Append(',');
        sb.Append(Quote(FormatPrice(price))).Append(',');
        sb.Append(age.ToString(CultureInfo.InvariantCulture)).Append(',');
        sb.Append(photo).Append('\n');
        return sb.ToString();
    }

    private string FormatDate(DateTime d) => _random.Next(3) switch
    {
        0 => d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        1 => d.ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture),
        _ => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private string FormatPhone(int subscriber)
    {
        var s = subscriber.ToString("D8", CultureInfo.InvariantCulture);
        return _random.Next(5) switch
        {
            0 => "06-" + s,
            1 => $"+31 6 {s[..4]} {s[4..]}",
            2 => "00316" + s,
            3 => "06" + s,
            _ => $"06.{s[..2]}.{s[2..4]}.{s[4..6]}.{s[6..]}",
        };
    }

    private string FormatPrice(int euros) => _random.Next(5) switch
    {
        0 => $"€ {euros}",
        1 => $"{euros},-",
        2 => $"{euros} euro",
        3 => $"{euros}.00",
        _ => euros.ToString(CultureInfo.InvariantCulture),
    };

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private int NewPhone() => _nextPhone += _random.Next(1, 4);

    private string NewPhoto() => "p" + (_nextPhoto++).ToString("x8", CultureInfo.InvariantCulture);

    private DateTime RandomDate(int daysBack) => _end.AddDays(-_random.Next(20, daysBack)).AddMinutes(_random.Next(0, 24 * 60));

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
