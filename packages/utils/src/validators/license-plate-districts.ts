// Unterscheidungszeichen (district codes) of German number plates, in a module of their own so that
// a bundle without validateLicensePlate leaves the list out (no code runs at import time).
//
// Source, compiled on 28 November 2026 (Stand: 28.11.2026):
// - the German Wikipedia list "Liste der Kfz-Kennzeichen in Deutschland", revision 233633613 of
//   11 May 2023. It follows the codes that the Bundesministerium für Verkehr sets and publishes
//   in the Bundesanzeiger (§ 9 Abs. 3 FZV), including every code brought back by the
//   Kennzeichenliberalisierung of 1 November 2012 up to the 37th announcement
//   (BAnz AT 17.11.2021 B5);
// - without the codes of federal and state authorities (Anlage 2 FZV: BD, BP, BW, THW, X, Y, BBL,
//   BWL, BYL, HEL, LSA, LSN, MVL, NL, NRW, RPL, SAL, SH, THL): their plates carry digits only;
// - with the codes set since, or not yet issued, in May 2023: DS (Schwarzwald-Baar-Kreis, issued
//   since 16 September 2024), BR (Landkreis Karlsruhe, issued again since 2025), MÜL and NEU
//   (Landkreis Breisgau-Hochschwarzwald, listed without a start date; the Kreistag decided their
//   return in 2022), OVP and UER (Landkreis Vorpommern-Greifswald, set on 12 March 2013; older
//   vehicles carry them).
// The authoritative list is the Kraftfahrt-Bundesamt's; compare with it when updating, and write
// the new date here and in the README. Umlauts occur: AÖ, LÖ, TÜ, ÖHR, ÜB …
export const DISTRICT_CODES = `
A AA AB ABG ABI AC AE AH AIB AIC AK ALF ALZ AM AN ANA ANG ANK AÖ AP APD ARN ART AS ASL ASZ AT AU
AUR AW AZ AZE
B BA BAD BAR BB BBG BC BCH BE BED BER BF BGD BGL BH BI BID BIN BIR BIT BIW BK BKS BL BLB BLK BM
BN BNA BO BOG BOH BOR BOT BÖ BR BRA BRB BRG BRK BRL BRV BS BSB BSK BT BTF BUL BÜD BÜR BÜS BÜZ BZ
C CA CAS CB CE CHA CLP CLZ CO COC COE CR CUX CW
D DA DAH DAN DAU DBR DD DE DEG DEL DGF DH DI DIL DIN DIZ DKB DL DLG DM DN DO DON DS DU DUD DÜW
DW DZ
E EA EB EBE EBN EBS ECK ED EE EF EG EH EI EIC EIL EIN EIS EL EM EMD EMS EN ER ERB ERH ERK ERZ ES
ESB ESW EU EW
F FB FD FDB FDS FEU FF FFB FG FI FKB FL FLÖ FN FO FOR FR FRG FRI FRW FS FT FTL FÜ FÜS FW FZ
G GA GAN GAP GC GD GDB GE GEL GEO GER GF GG GHA GHC GI GK GL GLA GM GMN GN GNT GOA GOH GÖ GP GR
GRA GRH GRI GRM GRZ GS GT GTH GUB GUN GÜ GV GVM GW GZ
H HA HAB HAL HAM HAS HB HBN HBS HC HCH HD HDH HDL HE HEB HEF HEI HER HET HF HG HGN HGW HH HHM HI
HIG HIP HK HL HM HMÜ HN HO HOG HOH HOL HOM HOR HOT HÖS HP HR HRO HS HSK HST HU HV HVL HWI HX HY
HZ
IGB IK IL ILL IN IZ
J JE JL JÜL
K KA KB KC KE KEH KEL KEM KF KG KH KI KIB KK KL KLE KLZ KM KN KO KÖN KÖT KÖZ KR KRU KS KT KU KUS
KÜN KW KY KYF
L LA LAN LAU LB LBS LBZ LC LD LDK LDS LEO LER LEV LF LG LH LI LIB LIF LIP LL LM LN LOS LÖ LÖB LP
LR LRO LSZ LU LUP LÜN LWL
M MA MAB MAI MAK MAL MB MC MD ME MED MEG MEI MEK MEL MER MET MG MGH MGN MH MHL MI MIL MK MKK ML
MM MN MO MOD MOL MON MOS MQ MR MS MSE MSH MSP MST MTK MTL MÜ MÜB MÜL MÜR MW MY MYK MZ MZG
N NAB NAI NAU NB ND NDH NE NEA NEB NEC NEN NES NEU NEW NF NH NI NK NM NMB NMS NOH NOL NOM NOR NÖ
NP NR NT NU NVP NW NWM NY NZ
OA OAL OB OBB OBG OC OCH OD OE OF OG OH OHA OHV OHZ OK OL OP OPR OS OSL OTW OVI OVL OVP OZ
ÖHR
P PA PAF PAN PAR PB PCH PE PEG PF PI PIR PL PLÖ PM PN PR PRÜ PS PW PZ
QFT QLB
R RA RC RD RDG RE REG REH REI RG RH RI RID RIE RL RM RN RO ROD ROF ROK ROL ROS ROT ROW RP RS RSL
RT RU RÜD RÜG RV RW RZ
S SAB SAD SAN SAW SÄK SB SBG SBK SC SCZ SDH SDL SDT SE SEB SEE SEF SEL SFB SFT SG SGH SHA SHG
SHK SHL SI SIG SIM SK SL SLE SLF SLG SLK SLN SLS SLÜ SLZ SM SMÜ SN SO SOB SOG SOK SON SÖM SP SPB
SPN SR SRB SRO ST STA STB STD STE STL STO SU SUL SÜW SW SWA SY SZ SZB
TBB TDO TE TET TF TG TIR TO TÖL TP TR TS TT TUT TÜ
UE UEM UER UFF UH UL UM UN USI
ÜB
V VAI VB VEC VER VG VIB VIE VIT VK VOH VR VS
W WA WAF WAK WAN WAR WAT WB WBS WDA WE WEL WEN WER WES WF WG WHV WI WIL WIS WIT WIZ WK WL WLG WM
WMS WN WND WO WOB WOH WOL WOR WOS WR WRN WS WSF WST WSW WT WTL WTM WUG WUN WUR WÜ WÜM WW WZ WZL
Z ZE ZEL ZI ZIG ZP ZR ZW ZZ
`;

let codes: ReadonlySet<string> | undefined;

/** Whether `code` (upper case, umlauts as Ä, Ö, Ü) is a German district code on number plates. */
export function isDistrictCode(code: string): boolean {
  codes ??= new Set(DISTRICT_CODES.split(/\s+/).filter(Boolean));
  return codes.has(code);
}
