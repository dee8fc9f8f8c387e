# Run in this folder with R 4.2 and qicharts2 0.8.1 (GitHub anhoej/qicharts2, commit 1b9487e) installed:
#   Rscript make-fixtures.R
suppressMessages({library(qicharts2)})
o <- "./"
g17 <- function(v) ifelse(is.na(v), "", sprintf("%.17g", v))
emit <- function(q, f, dates, num = NULL, den = NULL, val = NULL, facet = "", sigz = NULL) {
  d <- q$data
  out <- data.frame(
    facet = if (length(facet) == 1) rep(facet, nrow(d)) else facet,
    date = as.character(dates),
    numerator = if (is.null(num)) "" else g17(num),
    denominator = if (is.null(den)) "" else g17(den),
    value = if (is.null(val)) g17(d$y) else g17(val),
    segment = d$part - 1,
    cl = g17(d$cl), lcl = g17(d$lcl), ucl = g17(d$ucl), lcl95 = g17(d$lcl.95), ucl95 = g17(d$ucl.95),
    sigma_signal = tolower(d$sigma.signal), runs_signal = tolower(d$runs.signal),
    n_useful = d$n.useful, longest_run = ifelse(is.na(d$longest.run), "", d$longest.run),
    longest_run_max = ifelse(is.na(d$longest.run.max), "", d$longest.run.max),
    crossings = ifelse(is.na(d$n.crossings), "", d$n.crossings),
    crossings_min = ifelse(is.na(d$n.crossings.min), "", d$n.crossings.min),
    stringsAsFactors = FALSE)
  write.csv(out, paste0(o, f), row.names = FALSE, quote = FALSE)
}
day <- function(i) as.Date("2001-01-01") + (i - 1)
t74 <- qicharts2:::tbl_07.04
emit(qic(sample, count, size, data = t74, chart = 'p'), "p_montgomery_7_4.csv", day(t74$sample), t74$count, t74$size)
t73 <- qicharts2:::tbl_07.03
emit(qic(sample, count, size, data = t73, chart = 'p', part = 30), "p_montgomery_7_1_rebase.csv", day(t73$sample), t73$count, t73$size)
t710 <- qicharts2:::tbl_07.10
emit(qic(sample, count, size, data = t710, chart = 'u'), "u_montgomery_7_4.csv", day(t710$sample), t710$count, t710$size)
t711 <- qicharts2:::tbl_07.11
emit(qic(roll, count, meters, data = t711, chart = 'u'), "u_montgomery_7_5.csv", day(t711$roll), t711$count, t711$meters)
t714 <- qicharts2:::tbl_07.14
emit(qic(failure, hours, data = t714, chart = 't'), "t_montgomery_7_6.csv", day(t714$failure), val = t714$hours)
h <- aggregate(cbind(n, days) ~ month, data = hospital_infections, FUN = sum)
emit(qic(month, n, days, data = h, chart = 'u'), "u_hospital_infections.csv", h$month, h$n, h$days)
qa <- qic(month, n, days, data = hospital_infections, chart = 'up')  # the same as on the monthly totals (checked below)
emit(qic(month, n, days, data = h, chart = 'up'), "up_hospital_infections.csv", h$month, h$n, h$days)
hi <- aggregate(cbind(n, days) ~ month + infection, data = hospital_infections, FUN = sum)
hi <- hi[order(hi$infection, hi$month), ]
qf <- qic(month, n, days, data = hi, facets = ~ infection, chart = 'u')
emit(qf, "u_hospital_infections_by_infection.csv", hi$month, hi$n, hi$days, facet = as.character(qf$data$facet1))
cabg$x <- seq_len(nrow(cabg)); f <- cabg[cabg$death, ]
f$dd <- c(NA, diff(f$x)); f$dt <- c(NA, as.numeric(diff(f$date)))
emit(qic(dd, data = f, chart = 'g'), "g_cabg_fatalities.csv", f$date, val = f$dd)
emit(qic(dt, data = f, chart = 't'), "t_cabg_fatalities.csv", f$date, val = f$dt)
na <- nhs_accidents
emit(qic(i, r, n = n, data = na, chart = 'pp'), "pp_nhs_accidents.csv", day(na$i), na$r, na$n)
emit(qic(i, r, n = n, data = na, chart = 'p'), "p_nhs_accidents.csv", day(na$i), na$r, na$n)
cabg$month <- as.Date(format(cabg$date, "%Y-%m-01"))
m <- aggregate(cbind(readmissions = readmission) ~ month, data = cabg, FUN = sum)
m$n <- aggregate(readmission ~ month, data = cabg, FUN = length)$readmission
emit(qic(month, readmissions, n, data = m, chart = 'pp'), "pp_cabg_readmissions.csv", m$month, m$readmissions, m$n)
emit(qic(month, readmissions, n, data = m, chart = 'p'), "p_cabg_readmissions.csv", m$month, m$readmissions, m$n)
g2 <- aggregate(cbind(harms, days) ~ month, data = gtt, FUN = sum)
emit(qic(month, harms, days, data = g2, chart = 'up'), "up_gtt_harms.csv", g2$month, g2$harms, g2$days)
# sigma_z by the formula, outside the package (Laney 2002): z from the p/u sd, amr of |diff z|, screened once at 3.267, / 1.128
sz <- function(y, n, cl, pchart) { s <- if (pchart) sqrt(cl*(1-cl)/n) else sqrt(cl/n); z <- (y-cl)/s; mr <- abs(diff(z)); a <- mean(mr, na.rm=TRUE); mr <- mr[mr < 3.267*a]; mean(mr, na.rm=TRUE)/1.128 }
cat("sigma_z nhs pp", sprintf("%.17g", sz(na$r/na$n, na$n, sum(na$r)/sum(na$n), TRUE)), "\n")
cat("sigma_z cabg pp", sprintf("%.17g", sz(m$readmissions/m$n, m$n, sum(m$readmissions)/sum(m$n), TRUE)), "\n")
cat("sigma_z hai up", sprintf("%.17g", sz(h$n/h$days, h$days, sum(h$n)/sum(h$days), FALSE)), "\n")
cat("sigma_z gtt up", sprintf("%.17g", sz(g2$harms/g2$days, g2$days, sum(g2$harms)/sum(g2$days), FALSE)), "\n")
cat("up_hai via full data equals aggregated:", isTRUE(all.equal(qa$data$ucl, qic(month, n, days, data = h, chart = 'up')$data$ucl)), "\n")
hh <- aggregate(cbind(n, days) ~ month + hospital + infection, data = hospital_infections, FUN = sum)
hh$key <- paste(hh$hospital, hh$infection)
hh <- hh[order(hh$key, hh$month), ]
q3 <- qic(month, n, days, data = hh, facets = ~ key, chart = 'u')
emit(q3, "u_hospital_infections_by_hospital_infection.csv", hh$month, hh$n, hh$days, facet = as.character(q3$data$facet1))
s3 <- summary(qic(month, n, days, data = hospital_infections, facets = hospital ~ infection, chart = 'u'))
print(s3[s3$runs.signal == 1, 1:12])
