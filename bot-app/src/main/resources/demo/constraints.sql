-- Run after the rows are loaded: one validation scan per key is far cheaper than a trigger per row.
ALTER TABLE public.employees ADD FOREIGN KEY (region_id) REFERENCES public.regions;
ALTER TABLE public.employees ADD FOREIGN KEY (manager_id) REFERENCES public.employees;
ALTER TABLE public.customers ADD FOREIGN KEY (region_id) REFERENCES public.regions;
ALTER TABLE public.customers ADD FOREIGN KEY (account_manager_id) REFERENCES public.employees;
ALTER TABLE public.categories ADD FOREIGN KEY (parent_id) REFERENCES public.categories;
ALTER TABLE public.products ADD FOREIGN KEY (category_id) REFERENCES public.categories;
ALTER TABLE public.orders ADD FOREIGN KEY (customer_id) REFERENCES public.customers;
ALTER TABLE public.orders ADD FOREIGN KEY (employee_id) REFERENCES public.employees;
ALTER TABLE public.order_lines ADD FOREIGN KEY (order_id) REFERENCES public.orders;
ALTER TABLE public.order_lines ADD FOREIGN KEY (product_id) REFERENCES public.products;
ALTER TABLE public.shipments ADD FOREIGN KEY (order_id) REFERENCES public.orders;
ALTER TABLE public.returns ADD FOREIGN KEY (order_line_id) REFERENCES public.order_lines;
ALTER TABLE public.returns ADD FOREIGN KEY (handled_by) REFERENCES public.employees;

-- The access paths the typical questions take: per customer, per period, per product, per region.
CREATE INDEX orders_customer_idx ON public.orders (customer_id);
CREATE INDEX orders_ordered_at_idx ON public.orders (ordered_at);
CREATE INDEX order_lines_product_idx ON public.order_lines (product_id);
CREATE INDEX shipments_shipped_at_idx ON public.shipments (shipped_at);
CREATE INDEX customers_region_idx ON public.customers (region_id);
CREATE INDEX products_category_idx ON public.products (category_id);
