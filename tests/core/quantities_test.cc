// Quantities with units: power, energy, length, area, mass, volume, data,
// speed, temperature (quantities.h).
#include "quantities.h"

#include <doctest/doctest.h>

#include "figure_cases.h"

namespace tx {
namespace {

using testing::Expect;
using testing::kNull;
using testing::Row;

TEST_CASE("find_figures: quantities") {
  const std::vector<Row> rows = {
      // Power and energy.
      {"fr", "un total de plus de 7,4 gigawatts d’énergie",
       {{"7,4 gigawatts", "quantity", 7.4, "GW", true, 7.4}}},
      {"fr", "une centrale de 1 650 MW", {{"1 650 MW", "quantity", 1650, "MW"}}},
      {"fr", "une centrale de 1,6 GW", {{"1,6 GW", "quantity", 1.6, "GW"}}},
      {"fr", "3 mégawatts", {{"3 mégawatts", "quantity", 3, "MW"}}},
      {"fr", "500 kW", {{"500 kW", "quantity", 500, "kW"}}},
      {"fr", "1 TW", {{"1 TW", "quantity", 1, "TW"}}},
      {"fr", "2 kilowatts", {{"2 kilowatts", "quantity", 2, "kW"}}},
      {"fr", "une consommation de 450 TWh", {{"450 TWh", "quantity", 450, "TWh"}}},
      {"fr", "12 MWh", {{"12 MWh", "quantity", 12, "MWh"}}},
      {"fr", "3 500 kWh par an", {{"3 500 kWh", "quantity", 3500, "kWh"}}},
      {"fr", "0,2 kWh", {{"0,2 kWh", "quantity", 0.2, "kWh"}}},
      {"fr", "30 térawattheures", {{"30 térawattheures", "quantity", 30, "TWh"}}},
      {"fr", "10 gigawattheures", {{"10 gigawattheures", "quantity", 10, "GWh"}}},
      {"fr", "5 000 mégawattheures", {{"5 000 mégawattheures", "quantity", 5000, "MWh"}}},
      {"fr", "un parc de 100 MWc", {{"100 MWc", "quantity", 100, "MWp"}}},
      {"fr", "deux gigawatts", {{"deux gigawatts", "quantity", 2, "GW"}}},
      {"fr", "50 W", {{"50 W", "quantity", 50, "W"}}},
      {"fr", "un processeur à 3,2 GHz", {{"3,2 GHz", "quantity", 3.2, "GHz"}}},
      {"fr", "une batterie de 5 000 mAh", {{"5 000 mAh", "quantity", 5000, "mAh"}}},
      {"en", "a 4.5 GW plant", {{"4.5 GW", "quantity", 4.5, "GW"}}},
      {"en", "12 TWh a year", {{"12 TWh", "quantity", 12, "TWh"}}},
      {"en", "500 megawatts", {{"500 megawatts", "quantity", 500, "MW"}}},
      {"en", "a 7.4-gigawatt plant", {{"7.4-gigawatt", "quantity", 7.4, "GW"}}},
      {"en", "3 terawatt-hours", {{"3 terawatt-hours", "quantity", 3, "TWh"}}},
      {"en", "several hundred megawatts", {{"several hundred megawatts", "quantity", kNull, "MW", true}}},
      {"fr", "des centaines de mégawatts", {{"des centaines de mégawatts", "quantity", kNull, "MW", true}}},
      // Length, area.
      {"fr", "100 km", {{"100 km", "quantity", 100, "km"}}},
      {"fr", "100km", {{"100km", "quantity", 100, "km"}}},
      {"fr", "un tunnel de 57 kilomètres", {{"57 kilomètres", "quantity", 57, "km"}}},
      {"fr", "une tour de 300 mètres", {{"300 mètres", "quantity", 300, "m"}}},
      {"fr", "un mur de 5 m", {{"5 m", "quantity", 5, "m"}}},
      {"fr", "un mur de 5m", {{"5m", "quantity", 5, "m"}}},
      {"fr", "12 cm", {{"12 cm", "quantity", 12, "cm"}}},
      {"fr", "un écran de 6,1 pouces", {{"6,1 pouces", "quantity", 6.1, "in"}}},
      {"fr", "250 km²", {{"250 km²", "quantity", 250, "km²"}}},
      {"fr", "250 km2", {{"250 km2", "quantity", 250, "km²"}}},
      {"fr", "80 m²", {{"80 m²", "quantity", 80, "m²"}}},
      {"fr", "un appartement de 80 mètres carrés", {{"80 mètres carrés", "quantity", 80, "m²"}}},
      {"fr", "5 000 hectares", {{"5 000 hectares", "quantity", 5000, "ha"}}},
      {"fr", "300 ha", {{"300 ha", "quantity", 300, "ha"}}},
      {"fr", "12 000 kilomètres carrés", {{"12 000 kilomètres carrés", "quantity", 12000, "km²"}}},
      {"en", "10 km", {{"10 km", "quantity", 10, "km"}}},
      {"en", "a 100 m sprint", {{"100 m", "quantity", 100, "m"}}},
      {"en", "200 miles", {{"200 miles", "quantity", 200, "mi"}}},
      {"en", "30,000 feet", {{"30,000 feet", "quantity", 30000, "ft"}}},
      {"en", "a 10-km race", {{"10-km", "quantity", 10, "km"}}},
      {"en", "1,000 square kilometres", {{"1,000 square kilometres", "quantity", 1000, "km²"}}},
      {"en", "2,000 acres", {{"2,000 acres", "quantity", 2000, "ac"}}},
      // Mass, volume.
      {"fr", "3 millions de tonnes", {{"3 millions de tonnes", "quantity", 3e6, "t"}}},
      {"fr", "3 millions de tonnes de CO2", {{"3 millions de tonnes", "quantity", 3e6, "t"}}},
      {"fr", "40 t", {{"40 t", "quantity", 40, "t"}}},
      {"fr", "5 kg", {{"5 kg", "quantity", 5, "kg"}}},
      {"fr", "500 g de farine", {{"500 g", "quantity", 500, "g"}}},
      {"fr", "2 kilos", {{"2 kilos", "quantity", 2, "kg"}}},
      {"fr", "12 Mt de CO2", {{"12 Mt", "quantity", 12, "Mt"}}},
      {"fr", "36 gigatonnes", {{"36 gigatonnes", "quantity", 36, "Gt"}}},
      {"fr", "1,5 million de barils par jour", {{"1,5 million de barils", "quantity", 1.5e6, "bbl"}}},
      {"fr", "50 litres", {{"50 litres", "quantity", 50, "L"}}},
      {"fr", "2 L", {{"2 L", "quantity", 2, "L"}}},
      {"fr", "33 cl", {{"33 cl", "quantity", 33, "cL"}}},
      {"fr", "2 milliards de mètres cubes", {{"2 milliards de mètres cubes", "quantity", 2e9, "m³"}}},
      {"fr", "300 m3", {{"300 m3", "quantity", 300, "m³"}}},
      {"en", "1.5 million barrels per day", {{"1.5 million barrels", "quantity", 1.5e6, "bbl"}}},
      {"en", "10 tonnes", {{"10 tonnes", "quantity", 10, "t"}}},
      {"en", "200 lbs", {{"200 lbs", "quantity", 200, "lb"}}},
      {"en", "5 gallons", {{"5 gallons", "quantity", 5, "gal"}}},
      // Data.
      {"fr", "5 Go de données", {{"5 Go", "quantity", 5, "GB"}}},
      {"fr", "2 To", {{"2 To", "quantity", 2, "TB"}}},
      {"fr", "512 Mo", {{"512 Mo", "quantity", 512, "MB"}}},
      {"fr", "128 gigaoctets", {{"128 gigaoctets", "quantity", 128, "GB"}}},
      {"en", "16 GB of RAM", {{"16 GB", "quantity", 16, "GB"}}},
      {"en", "2 TB", {{"2 TB", "quantity", 2, "TB"}}},
      {"en", "1 Gbps", {{"1 Gbps", "quantity", 1, "Gbit/s"}}},
      // Speed, temperature.
      {"fr", "130 km/h", {{"130 km/h", "quantity", 130, "km/h"}}},
      {"fr", "300 kilomètres à l'heure", {{"300 kilomètres à l'heure", "quantity", 300, "km/h"}}},
      {"fr", "20 nœuds", {{"20 nœuds", "quantity", 20, "kn"}}},
      {"en", "70 mph", {{"70 mph", "quantity", 70, "mph"}}},
      {"fr", "40 °C", {{"40 °C", "quantity", 40, "°C"}}},
      {"fr", "40°C", {{"40°C", "quantity", 40, "°C"}}},
      {"fr", "-5 °C", {{"-5 °C", "quantity", -5, "°C"}}},
      {"fr", "1,5 degré", {{"1,5 degré", "quantity", 1.5, "°"}}},
      {"fr", "2 degrés Celsius", {{"2 degrés Celsius", "quantity", 2, "°C"}}},
      {"en", "100 °F", {{"100 °F", "quantity", 100, "°F"}}},
      {"en", "1.5 degrees Celsius", {{"1.5 degrees Celsius", "quantity", 1.5, "°C"}}},
      // Hedges and ranges.
      {"fr", "environ 300 km", {{"300 km", "quantity", 300, "km", true}}},
      {"fr", "jusqu'à 20 MW", {{"20 MW", "quantity", 20, "MW", true, kNull, 20}}},
      {"fr", "entre 3 et 5 GW", {{"3", "quantity", 3, "GW"}, {"5 GW", "quantity", 5, "GW"}}},
      {"en", "between 2 and 4 GW", {{"2", "quantity", 2, "GW"}, {"4 GW", "quantity", 4, "GW"}}},
      // Negatives: counts and ages are not quantities.
      {"fr", "Il a 30 ans.", {}},
      {"fr", "Il a 3 enfants.", {}},
      {"fr", "la 5G", {}},
      {"fr", "Go ! Go !", {}},
      {"en", "Let's go 2 GO", {}},
      {"en", "to go", {}},
      {"fr", "Le mètre étalon", {}},
      {"fr", "Des tonnes de courrier", {}},
      {"en", "5m people", {}},
      {"fr", "l'A4", {}},
  };
  MESSAGE("quantity rows: " << testing::check_rows(rows));
}

}  // namespace
}  // namespace tx
