using Schakel.Core.Linking;

namespace Schakel.Testing.Linking;

/// <summary>Names, streets and cities as they occur in the Netherlands, for synthetic test data.</summary>
internal static class NameLists
{
    public sealed record Culture(string Code, int Weight, string[] Male, string[] Female, string[] Surnames, string PhonePrefix);

    public static readonly Culture[] Cultures =
    [
        new("nl", 52,
            ["Jan", "Pieter", "Kees", "Henk", "Willem", "Johannes", "Thomas", "Daan", "Sem", "Lucas", "Bram", "Jeroen", "Mark", "Dennis", "Stefan", "Ruud", "Gerrit", "Hendrik", "Bas", "Tim", "Niels", "Koen", "Joris", "Maarten", "Erik", "Sander", "Wouter", "Rik", "Jasper", "Martijn", "Jan Willem", "Dirk", "Sjoerd", "Freek", "Hugo", "Teun", "Milan", "Jesse", "Gijs", "Ruben"],
            ["Anna", "Maria", "Emma", "Sophie", "Julia", "Lotte", "Sanne", "Anouk", "Fleur", "Lisa", "Eva", "Femke", "Marieke", "Ingrid", "Petra", "Linda", "Monique", "Esther", "Iris", "Naomi", "Daphne", "Kim", "Ilse", "Noor", "Tessa", "Mirjam", "Judith", "Wendy", "Sandra", "Annemarie", "Anne", "Marloes", "Renée", "Chantal", "Joyce", "Sietske", "Hanneke", "Lieke", "Zoë", "Britt"],
            ["de Vries", "de Jong", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "van 't Hof", "in 't Veld", "op de Beek", "ter Horst", "Jansen-de Vries", "Bosman", "Kuipers", "Veenstra", "Kramer", "van Wijk", "Post", "Scholten", "Wouters", "Janssen", "Timmermans", "Groenewegen", "van Dijk", "Boersma", "Postma", "Zijlstra", "ten Brink", "van Rijn", "Hofstede"],
            "06"),
        new("tr", 8,
            ["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Emre", "Yusuf", "Burak", "Kemal", "Osman", "Serkan"],
            ["Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Özlem", "Derya", "Esra", "Büşra", "Merve", "Gül"],
            ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek"],
            "06"),
        new("ma", 9,
            ["Mohamed", "Mohammed", "Ahmed", "Youssef", "Said", "Mustapha", "Abdelkader", "Karim", "Hamza", "Bilal", "Rachid", "Khalid", "Nordin", "Ayoub", "Soufiane", "Anouar", "Zakaria"],
            ["Fatima", "Khadija", "Samira", "Naima", "Malika", "Nadia", "Hanan", "Latifa", "Souad", "Imane", "Salma", "Yasmina", "Loubna", "Sanae"],
            ["El Amrani", "Benali", "El Idrissi", "Bouzid", "Ait Taleb", "El Khattabi", "Ouali", "Ahmadi", "Boukhari", "El Hamdaoui", "Tahiri", "Bakkali", "Chaoui", "Azzouzi", "El Ouardi", "Haddou", "Amrani", "Belhaj", "Mansouri", "Ziani", "Boutaher", "El Bouchtaoui"],
            "06"),
        new("pl", 9,
            ["Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Marcin", "Michał", "Łukasz", "Grzegorz", "Jakub", "Mateusz", "Wojciech", "Dariusz", "Kamil"],
            ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Magdalena", "Ewa", "Monika", "Aleksandra", "Dorota", "Beata", "Justyna"],
            ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski"],
            "+48"),
        new("ro", 6,
            ["Andrei", "Alexandru", "Ionuț", "Mihai", "Gabriel", "Florin", "Cristian", "Adrian", "Vasile", "Constantin", "Marius", "Bogdan"],
            ["Elena", "Ioana", "Maria", "Andreea", "Mihaela", "Alexandra", "Gabriela", "Florentina", "Cristina", "Roxana", "Daniela"],
            ["Popescu", "Ionescu", "Popa", "Pop", "Dumitru", "Stan", "Stoica", "Gheorghe", "Rusu", "Munteanu", "Matei", "Constantin", "Șerban", "Mocanu", "Lungu", "Dobre", "Bălan", "Ciobanu"],
            "+40"),
        new("bg", 5,
            ["Georgi", "Ivan", "Dimitar", "Nikolay", "Petar", "Hristo", "Stoyan", "Todor", "Vasil", "Kaloyan"],
            ["Maria", "Ivanka", "Elena", "Yordanka", "Desislava", "Gergana", "Petya", "Radka", "Tsvetelina", "Milena"],
            ["Ivanov", "Georgiev", "Dimitrov", "Petrov", "Nikolov", "Hristov", "Stoyanov", "Todorov", "Iliev", "Angelov", "Kolev", "Marinov"],
            "+359"),
        new("er", 4,
            ["Tesfay", "Yonas", "Dawit", "Filmon", "Mehari", "Kibrom", "Amanuel", "Samuel", "Habtom", "Tekle", "Robel", "Efrem"],
            ["Helen", "Senait", "Luwam", "Selam", "Rahel", "Yordanos", "Mebrat", "Feven", "Saba", "Winta", "Hiwet", "Semhar"],
            ["Gebremedhin", "Tesfamariam", "Haile", "Ghebreyesus", "Berhane", "Kidane", "Tekeste", "Woldemichael", "Habte", "Araya", "Mehari", "Gebreselassie", "Tsegay", "Weldu"],
            "06"),
        new("sr", 7,
            ["Ravi", "Sunil", "Rajesh", "Anil", "Dinesh", "Errol", "Romano", "Clyde", "Glenn", "Ricardo", "Marvin", "Orlando"],
            ["Shanti", "Sarita", "Anjali", "Priya", "Jennifer", "Natasja", "Sharon", "Denise", "Chantal", "Gracia", "Sheila", "Kavita"],
            ["Ramdin", "Jagessar", "Sewdien", "Ramsaran", "Baldewsingh", "Bhagwandin", "Mahabier", "Ramautar", "Kartoredjo", "Sastro", "Pinas", "Lie A Kwie", "Tjon A Fong", "Biswamitre", "Doelwijt", "Zaalman", "Wijngaarde", "Kromodimedjo", "Kanhai", "Soekhoe"],
            "06"),
    ];

    public static readonly string[] Streets =
    [
        "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Schoolstraat", "Hoofdstraat", "Julianastraat",
        "Wilhelminastraat", "Beatrixlaan", "Burgemeester de Withstraat", "Sint Jansstraat", "Van Goghstraat",
        "Prins Hendrikkade", "Herengracht", "Kastanjelaan", "Eikenlaan", "Marktplein", "Nieuwe Kade", "Lange Dijk",
        "Graaf Florislaan", "Van der Helststraat", "Oranjeplein", "Industrieweg", "Parallelweg", "Burgemeester Roelenweg",
        "Assendorperstraat", "Thorbeckegracht", "Brink", "Emmastraat", "Nassaulaan", "Spoorstraat", "Veldweg",
        "Koningin Julianaplein", "Sint Annastraat", "Van 't Hoffstraat", "Diezerstraat", "Polstraat", "Hanzelaan",
        "Melkmarkt", "Koestraat", "Voorstraat", "Achterstraat", "Zuiderzeestraatweg", "Lindenlaan", "Berkenweg",
    ];

    /// <summary>Name parts for generated streets ("Eiken" + "laan"), so that a large set has realistically many houses.</summary>
    public static readonly string[] StreetBases =
    [
        "Eiken", "Beuken", "Linden", "Berken", "Iepen", "Wilgen", "Populieren", "Kastanje", "Esdoorn", "Platanen", "Rozen",
        "Tulpen", "Narcissen", "Lelie", "Seringen", "Jasmijn", "Vlier", "Hazel", "Meidoorn", "Klaver", "Merel", "Lijster",
        "Spreeuwen", "Zwaluw", "Reiger", "Kievit", "Valk", "Buizerd", "Mussen", "Vinken", "Rembrandt", "Vermeer", "Frans Hals",
        "Mondriaan", "Escher", "Thorbecke", "De Ruyter", "Tromp", "Piet Hein", "Huygens", "Spinoza", "Erasmus", "Vondel",
        "Bilderdijk", "Multatuli", "Nassau", "Oranje", "Willem de Zwijger", "Juliana", "Beatrix", "Irene", "Margriet",
        "Christiaan", "Bernhard", "Emma", "Sophia", "Hoge", "Lage", "Nieuwe", "Oude", "Korte", "Lange", "Molen", "Kerk",
        "School", "Stations", "Haven", "Markt", "Veld", "Heide", "Bos", "Wei", "Akker", "Dijk", "Polder", "Sluis", "Brug",
    ];

    public static readonly string[] StreetKinds = ["straat", "laan", "weg", "plein", "kade", "gracht", "singel", "hof", "pad"];

    public static readonly (string City, int PostcodeStart)[] Cities =
    [
        ("Zwolle", 8011), ("Amsterdam", 1011), ("Rotterdam", 3011), ("Den Haag", 2511), ("Utrecht", 3511),
        ("Deventer", 7411), ("Kampen", 8261), ("Hilversum", 1211), ("Leeuwarden", 8911), ("Venlo", 5911),
        ("Roermond", 6041), ("Heerenveen", 8441), ("Apeldoorn", 7311), ("Naaldwijk", 2671), ("Eindhoven", 5611),
        ("Huizen", 1271), ("Bussum", 1401), ("Drachten", 9201), ("Weert", 6001), ("Raalte", 8101),
    ];

    public static readonly string[] MailDomains = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "yahoo.com"];
}
